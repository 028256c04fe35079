package dev.zhiku.indexer.catalog;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.core.store.SharedDatabaseFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The H2 catalog of sources: what was found, what it came to, and the durable queue of work. It also caches
 * embeddings by the hash of the embedded text, so a moved, renamed or re-saved file keeps its vectors.
 *
 * <p>Opened through {@link SharedDatabaseFile} (H2's auto-server mode) so a second Zhiku process (for example
 * {@code zhiku status} while {@code zhiku index} runs) can read it. All methods are synchronized on the one connection.
 */
public final class Catalog implements AutoCloseable {

    private static final int SCHEMA_VERSION = 1;
    /** H2's largest string: far beyond any path an OS accepts. */
    private static final long MAX_PATH_CHARS = 1_000_000;

    private final Connection connection;

    private Catalog(Connection connection) {
        this.connection = connection;
    }

    public static Catalog open(Path base) throws SQLException {
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + base.getParent() + ": " + e.getMessage(), e);
        }
        Connection c = SharedDatabaseFile.open(base);
        Catalog catalog = new Catalog(c);
        catalog.migrate();
        return catalog;
    }

    private void migrate() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(k VARCHAR(64) PRIMARY KEY, v VARCHAR(4000))");
            s.execute("CREATE TABLE IF NOT EXISTS roots(path VARCHAR PRIMARY KEY, "
                    + "is_private BOOLEAN DEFAULT FALSE NOT NULL, added_at TIMESTAMP WITH TIME ZONE)");
            s.execute("CREATE TABLE IF NOT EXISTS sources(path VARCHAR PRIMARY KEY, root VARCHAR NOT NULL, "
                    + "size_bytes BIGINT NOT NULL, mtime_ms BIGINT NOT NULL, hash VARCHAR(64), "
                    + "status VARCHAR(16) NOT NULL, reason VARCHAR(2000), file_type VARCHAR(32), chunks INT DEFAULT 0, "
                    + "vectors_pending BOOLEAN DEFAULT FALSE, needs_ocr BOOLEAN DEFAULT FALSE, priority INT DEFAULT 0, "
                    + "attempts INT DEFAULT 0, extract_ms BIGINT DEFAULT 0, chunk_ms BIGINT DEFAULT 0, "
                    + "write_ms BIGINT DEFAULT 0, embed_ms BIGINT DEFAULT 0, indexed_at TIMESTAMP WITH TIME ZONE)");
            s.execute("ALTER TABLE roots ADD COLUMN IF NOT EXISTS links_outside BOOLEAN DEFAULT FALSE NOT NULL");
            s.execute("ALTER TABLE sources ADD COLUMN IF NOT EXISTS set_aside BOOLEAN DEFAULT FALSE NOT NULL");
            s.execute("CREATE INDEX IF NOT EXISTS sources_queue ON sources(status, priority, path)");
            s.execute("CREATE INDEX IF NOT EXISTS sources_root ON sources(root)");
            s.execute("CREATE TABLE IF NOT EXISTS embeddings(chunk_hash VARCHAR(64), model VARCHAR(64), "
                    + "vector VARBINARY(8192) NOT NULL, PRIMARY KEY(chunk_hash, model))");
            s.execute("CREATE TABLE IF NOT EXISTS vector_sets(id VARCHAR(64) PRIMARY KEY, dimension INT NOT NULL, "
                    + "engine VARCHAR(200) NOT NULL, model VARCHAR(400) NOT NULL, query_prefix VARCHAR(400) NOT NULL, "
                    + "state VARCHAR(16) NOT NULL, done BIGINT NOT NULL, total BIGINT NOT NULL, started_ms BIGINT NOT "
                    + "NULL, updated_ms BIGINT NOT NULL)");
            widenPathColumns(s);
            s.execute("MERGE INTO meta KEY(k) VALUES('schema_version', '" + SCHEMA_VERSION + "')");
        }
    }

    /**
     * Catalogs made before paths were unbounded limited them to 4,096 characters, and a longer path (which the OS
     * accepts) aborted the whole scan. Widens those columns to H2's largest string.
     */
    private static void widenPathColumns(Statement s) throws SQLException {
        for (String[] column : new String[][] {{"ROOTS", "PATH"}, {"SOURCES", "PATH"}, {"SOURCES", "ROOT"}}) {
            try (ResultSet rs = s.executeQuery("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = '" + column[0] + "' AND COLUMN_NAME = '" + column[1] + "'")) {
                if (!rs.next() || rs.getLong(1) >= MAX_PATH_CHARS) {
                    continue;
                }
            }
            s.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " SET DATA TYPE VARCHAR("
                    + MAX_PATH_CHARS + ")");
        }
    }

    // ---- roots

    public synchronized void addRoot(String path, boolean isPrivate) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO roots(path, is_private, added_at) KEY(path) VALUES(?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, path);
            ps.setBoolean(2, isPrivate);
            ps.executeUpdate();
        }
    }

    public synchronized List<String> roots() throws SQLException {
        List<String> roots = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT path FROM roots ORDER BY path")) {
            while (rs.next()) {
                roots.add(rs.getString(1));
            }
        }
        return roots;
    }

    /** Lets symbolic links in an added folder lead outside the added folders (off unless the user asks). */
    public synchronized void setLinksOutside(String root, boolean allowed) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE roots SET links_outside = ? WHERE path = ?")) {
            ps.setBoolean(1, allowed);
            ps.setString(2, root);
            ps.executeUpdate();
        }
    }

    /** The added folders whose symbolic links may lead outside the added folders. */
    public synchronized java.util.Set<String> rootsWithLinksOutside() throws SQLException {
        java.util.Set<String> roots = new java.util.HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT path FROM roots WHERE links_outside")) {
            while (rs.next()) {
                roots.add(rs.getString(1));
            }
        }
        return roots;
    }

    /** A folder or file the user added, and whether it is private (never sent to a cloud model). */
    public record Root(String path, boolean isPrivate) {
    }

    public synchronized List<Root> rootsWithPrivacy() throws SQLException {
        List<Root> roots = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT path, is_private FROM roots ORDER BY path")) {
            while (rs.next()) {
                roots.add(new Root(rs.getString(1), rs.getBoolean(2)));
            }
        }
        return roots;
    }

    /** Forgets a root; its sources must already be removed from the index. */
    public synchronized void removeRoot(String path) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sources WHERE root = ?");
                 PreparedStatement pr = connection.prepareStatement("DELETE FROM roots WHERE path = ?")) {
                ps.setString(1, path);
                ps.executeUpdate();
                pr.setString(1, path);
                pr.executeUpdate();
            }
        });
    }

    // ---- sources

    public synchronized Optional<SourceRow> find(String path) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT_ROW + " WHERE path = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** Puts a source in the queue (new, changed, or to be read again with OCR at a lower priority). */
    public synchronized void enqueue(String path, String root, long size, long mtime, int priority)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO sources(path, root, size_bytes, mtime_ms, status, priority, attempts, set_aside) "
                        + "KEY(path) VALUES(?, ?, ?, ?, 'QUEUED', ?, 0, FALSE)")) {
            ps.setString(1, path);
            ps.setString(2, root);
            ps.setLong(3, size);
            ps.setLong(4, mtime);
            ps.setInt(5, priority);
            ps.executeUpdate();
        }
    }

    /** A source to put in the queue; see {@link #enqueue}. */
    public record QueueEntry(String path, String root, long sizeBytes, long modifiedMillis, int priority) {
    }

    /** Puts many sources in the queue in one transaction (a scan of a large folder). */
    public synchronized void enqueueAll(Collection<QueueEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "MERGE INTO sources(path, root, size_bytes, mtime_ms, status, priority, attempts) KEY(path) "
                            + "VALUES(?, ?, ?, ?, 'QUEUED', ?, 0)")) {
                for (QueueEntry e : entries) {
                    ps.setString(1, e.path());
                    ps.setString(2, e.root());
                    ps.setLong(3, e.sizeBytes());
                    ps.setLong(4, e.modifiedMillis());
                    ps.setInt(5, e.priority());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Every catalogued source below a root, by path, read in one query: a scan compares what it finds against this
     * instead of asking the catalog once per file.
     */
    public synchronized Map<String, SourceRow> rowsUnder(String root) throws SQLException {
        Map<String, SourceRow> rows = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT_ROW + " WHERE root = ?")) {
            ps.setString(1, root);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SourceRow r = row(rs);
                    rows.put(r.path(), r);
                }
            }
        }
        return rows;
    }

    /** Records a source that was found but not read (too large, a link loop, unreadable). */
    public synchronized void recordProblem(String path, String root, SourceStatus status, String reason)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "MERGE INTO sources(path, root, size_bytes, mtime_ms, status, reason, chunks, vectors_pending, "
                        + "set_aside) KEY(path) VALUES(?, ?, 0, 0, ?, ?, 0, FALSE, FALSE)")) {
            ps.setString(1, path);
            ps.setString(2, root);
            ps.setString(3, status.name());
            ps.setString(4, truncate(reason));
            ps.executeUpdate();
        }
    }

    /** The file's content did not change, only its timestamp: remember the new one. */
    public synchronized void touch(String path, long size, long mtime) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sources SET size_bytes = ?, mtime_ms = ? WHERE path = ?")) {
            ps.setLong(1, size);
            ps.setLong(2, mtime);
            ps.setString(3, path);
            ps.executeUpdate();
        }
    }

    /** The next queued sources, highest priority (lowest number) first. */
    public synchronized List<SourceRow> queued(int limit) throws SQLException {
        return rows(SELECT_ROW + " WHERE status = 'QUEUED' ORDER BY priority, path LIMIT " + limit);
    }

    /** Where a walk through the queue stopped: the priority and path of the last row handed out. */
    public record QueueCursor(int priority, String path) {
    }

    /** A page of the queue and the cursor after its last row (null when the page is empty). */
    public record QueuePage(List<SourceRow> rows, QueueCursor next) {
    }

    /**
     * The next queued sources after {@code after} (from the start when null), in the order of {@link #queued}. A
     * reader walks the queue with it without committing between pages: sources it read but whose outcomes are not
     * recorded yet are still queued, and lie behind the cursor.
     */
    public synchronized QueuePage queuedAfter(int limit, QueueCursor after) throws SQLException {
        String sql = ROW_COLUMNS + ", priority FROM sources WHERE status = 'QUEUED'"
                + (after == null ? "" : " AND (priority > ? OR (priority = ? AND path > ?))")
                + " ORDER BY priority, path LIMIT " + limit;
        List<SourceRow> rows = new ArrayList<>();
        QueueCursor next = null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (after != null) {
                ps.setInt(1, after.priority());
                ps.setInt(2, after.priority());
                ps.setString(3, after.path());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SourceRow row = row(rs);
                    rows.add(row);
                    next = new QueueCursor(rs.getInt(12), row.path());
                }
            }
        }
        return new QueuePage(rows, next);
    }

    public synchronized long queuedCount() throws SQLException {
        return scalar("SELECT COUNT(*) FROM sources WHERE status = 'QUEUED'");
    }

    /**
     * Notes that reading a source starts. Until {@link #readingEnded} takes it back, the source is charged with
     * the attempt: if the process dies meanwhile, the file was being read at that moment. So a file that keeps
     * crashing the process is set aside, and files merely waiting for their batch to commit are never charged.
     */
    public synchronized void readingStarts(String path) throws SQLException {
        addAttempts(path, 1);
    }

    /** Reading a source ended without the process dying: the attempt of {@link #readingStarts} is taken back. */
    public synchronized void readingEnded(String path) throws SQLException {
        addAttempts(path, -1);
    }

    private void addAttempts(String path, int delta) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sources SET attempts = GREATEST(0, attempts + ?) WHERE path = ?")) {
            ps.setInt(1, delta);
            ps.setString(2, path);
            ps.executeUpdate();
        }
    }

    /**
     * Queues again the sources set aside because reading them stopped the process, each with one try left
     * ({@code attempts} set to {@code attemptsCharged}), so a file that still crashes costs one crash, not three.
     * A file still queued that was charged as often or more (it died with the process that many times and no run
     * has read it since, so it would be set aside at its next read) gets the same one try. Returns how many.
     */
    public synchronized int requeueSetAside(int attemptsCharged) throws SQLException {
        int[] changed = new int[1];
        inTransaction(() -> {
            try (PreparedStatement aside = connection.prepareStatement(
                    "UPDATE sources SET status = 'QUEUED', attempts = ? WHERE status = 'FAILED' AND set_aside");
                 PreparedStatement queued = connection.prepareStatement(
                    "UPDATE sources SET attempts = ? WHERE status = 'QUEUED' AND attempts > ?")) {
                aside.setInt(1, attemptsCharged);
                queued.setInt(1, attemptsCharged);
                queued.setInt(2, attemptsCharged);
                changed[0] = aside.executeUpdate() + queued.executeUpdate();
            }
        });
        return changed[0];
    }

    /** Records outcomes whose passages are already committed to the index, in one transaction. */
    public synchronized void complete(Collection<SourceOutcome> outcomes) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        String sql = "UPDATE sources SET hash = ?, size_bytes = ?, mtime_ms = ?, status = ?, reason = ?, "
                + "file_type = ?, chunks = ?, vectors_pending = ?, needs_ocr = ?, priority = ?, "
                + "attempts = CASE WHEN ? THEN attempts ELSE 0 END, set_aside = ?, extract_ms = ?, chunk_ms = ?, write_ms = ?, indexed_at = CURRENT_TIMESTAMP WHERE path = ?";
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (SourceOutcome o : outcomes) {
                    ps.setString(1, o.hash());
                    ps.setLong(2, o.sizeBytes());
                    ps.setLong(3, o.modifiedMillis());
                    ps.setString(4, o.status().name());
                    ps.setString(5, truncate(o.reason()));
                    ps.setString(6, o.fileType());
                    ps.setInt(7, o.chunks());
                    ps.setBoolean(8, o.vectorsPending());
                    ps.setBoolean(9, o.needsOcr());
                    ps.setInt(10, 0);
                    ps.setBoolean(11, o.setAside());
                    ps.setBoolean(12, o.setAside());
                    ps.setLong(13, o.timings().extractMillis());
                    ps.setLong(14, o.timings().chunkMillis());
                    ps.setLong(15, o.timings().writeMillis());
                    ps.setString(16, o.path());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** All catalogued paths below a root (for finding deleted files). */
    public synchronized List<String> pathsUnder(String root) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT path FROM sources WHERE root = ?")) {
            ps.setString(1, root);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }

    public synchronized void delete(Collection<String> paths) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sources WHERE path = ?")) {
                for (String p : paths) {
                    ps.setString(1, p);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Sources still waiting for vectors, the ones a person most likely asks about first: prose before tables and
     * data files (spreadsheets, CSV, JSON, XML, logs), and within each the smallest (fewest passages) first, so most
     * documents get their vectors early and a large export does not hold them up.
     */
    public synchronized List<SourceRow> vectorsPending(int limit) throws SQLException {
        return rows(SELECT_ROW + " WHERE status = 'INDEXED' AND vectors_pending ORDER BY CASE WHEN file_type IN ("
                + DATA_TYPES + ") THEN 1 ELSE 0 END, chunks, path LIMIT " + limit);
    }

    /** File types (extensions) whose passages are mostly rows and records rather than prose. */
    private static final String DATA_TYPES = "'csv', 'tsv', 'xls', 'xlsx', 'xlsm', 'ods', 'json', 'jsonl', 'ndjson', "
            + "'xml', 'log', 'sql', 'yaml', 'yml'";

    public synchronized long pendingPassages() throws SQLException {
        return scalar("SELECT COALESCE(SUM(chunks), 0) FROM sources WHERE status = 'INDEXED' AND vectors_pending");
    }

    public synchronized void vectorsDone(String path, long embedMillis) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sources SET vectors_pending = FALSE, embed_ms = ? WHERE path = ?")) {
            ps.setLong(1, embedMillis);
            ps.setString(2, path);
            ps.executeUpdate();
        }
    }

    /** Marks several sources' vectors done (path → milliseconds spent embedding), in one transaction. */
    public synchronized void vectorsDone(Map<String, Long> embedMillisByPath) throws SQLException {
        if (embedMillisByPath.isEmpty()) {
            return;
        }
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE sources SET vectors_pending = FALSE, embed_ms = ? WHERE path = ?")) {
                for (Map.Entry<String, Long> e : embedMillisByPath.entrySet()) {
                    ps.setLong(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Sources indexed without text that the OCR pass should read again. */
    public synchronized List<SourceRow> needingOcr() throws SQLException {
        return rows(SELECT_ROW + " WHERE needs_ocr ORDER BY path");
    }

    /** Indexed sources matching a query, most recently modified first. */
    public synchronized List<dev.zhiku.core.SourceInfo> indexedSources(dev.zhiku.core.SourceQuery q)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT path, file_type, size_bytes, mtime_ms, chunks FROM sources "
                + "WHERE status = 'INDEXED'");
        List<Object> params = new ArrayList<>();
        if (q.modifiedFrom() != null) {
            sql.append(" AND mtime_ms >= ?");
            params.add(q.modifiedFrom().toEpochMilli());
        }
        if (q.modifiedTo() != null) {
            sql.append(" AND mtime_ms < ?");
            params.add(q.modifiedTo().toEpochMilli());
        }
        if (!q.fileTypes().isEmpty()) {
            sql.append(" AND file_type IN (").append(String.join(",", java.util.Collections.nCopies(
                    q.fileTypes().size(), "?"))).append(')');
            params.addAll(q.fileTypes());
        }
        if (q.nameContains() != null && !q.nameContains().isBlank()) {
            sql.append(" AND LOWER(path) LIKE ? ESCAPE '\\'");
            params.add("%" + q.nameContains().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY mtime_ms DESC LIMIT ").append(Math.max(1, q.limit()));
        List<dev.zhiku.core.SourceInfo> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new dev.zhiku.core.SourceInfo(rs.getString(1), rs.getString(2), rs.getLong(3),
                            java.time.Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    // ---- embedding cache

    public synchronized Map<String, float[]> cachedVectors(String model, Collection<String> hashes)
            throws SQLException {
        Map<String, float[]> found = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT vector FROM embeddings WHERE chunk_hash = ? AND model = ?")) {
            for (String h : hashes) {
                ps.setString(1, h);
                ps.setString(2, model);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.put(h, fromBytes(rs.getBytes(1)));
                    }
                }
            }
        }
        return found;
    }

    /** The width of the cache's vector column (VARBINARY(8192)): vectors of up to 2,048 dimensions. */
    private static final int MAX_CACHED_BYTES = 8192;

    public synchronized void cacheVectors(String model, Map<String, float[]> vectors) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "MERGE INTO embeddings(chunk_hash, model, vector) KEY(chunk_hash, model) VALUES(?, ?, ?)")) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    if (e.getValue().length * Float.BYTES > MAX_CACHED_BYTES) {
                        continue; // a vector wider than the cache column is computed again when needed
                    }
                    ps.setString(1, e.getKey());
                    ps.setString(2, model);
                    ps.setBytes(3, toBytes(e.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    // ---- vector sets (docs/decisions/0041-embedding-models-on-servers.md)

    /** The key of the one pointer to the vector set searched; absent means the bundled model's. */
    public static final String ACTIVE_VECTOR_SET = "active_vector_set";

    public synchronized List<VectorSet> vectorSets() throws SQLException {
        List<VectorSet> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, dimension, engine, model, query_prefix, state, done, total, "
                     + "started_ms, updated_ms FROM vector_sets ORDER BY id")) {
            while (rs.next()) {
                out.add(new VectorSet(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), VectorSet.State.valueOf(rs.getString(6)), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10)));
            }
        }
        return out;
    }

    public synchronized Optional<VectorSet> vectorSet(String id) throws SQLException {
        return vectorSets().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public synchronized void putVectorSet(VectorSet set) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO vector_sets(id, dimension, engine, model, "
                + "query_prefix, state, done, total, started_ms, updated_ms) KEY(id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, set.id());
            ps.setInt(2, set.dimension());
            ps.setString(3, set.engine());
            ps.setString(4, set.model());
            ps.setString(5, set.queryPrefix());
            ps.setString(6, set.state().name());
            ps.setLong(7, set.done());
            ps.setLong(8, set.total());
            ps.setLong(9, set.startedMillis());
            ps.setLong(10, set.updatedMillis());
            ps.executeUpdate();
        }
        sync();
    }

    /**
     * Writes committed changes to disk now: H2 otherwise writes them within about half a second, and a process
     * killed in that time loses them. Used for the few writes a user is told about (progress, the switch).
     */
    private void sync() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    /** Forgets a set: its row and the vectors its model made (the embedding cache). */
    public synchronized void removeVectorSet(String id) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement sets = connection.prepareStatement("DELETE FROM vector_sets WHERE id = ?");
                 PreparedStatement cached = connection.prepareStatement("DELETE FROM embeddings WHERE model = ?")) {
                sets.setString(1, id);
                sets.executeUpdate();
                cached.setString(1, id);
                cached.executeUpdate();
            }
        });
        sync();
    }

    /** The id of the model whose vectors are searched: the one pointer, else the bundled model. */
    public synchronized String activeVectorSet() throws SQLException {
        return meta(ACTIVE_VECTOR_SET).orElse(dev.zhiku.indexer.embed.EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q.id());
    }

    /** Searches switch to this model's vectors: one durable write of the pointer. */
    public synchronized void activateVectorSet(String id) throws SQLException {
        putMeta(ACTIVE_VECTOR_SET, id);
        sync();
    }

    // ---- status

    public synchronized Map<SourceStatus, Integer> counts() throws SQLException {
        Map<SourceStatus, Integer> counts = new EnumMap<>(SourceStatus.class);
        for (SourceStatus s : SourceStatus.values()) {
            counts.put(s, 0);
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM sources GROUP BY status")) {
            while (rs.next()) {
                counts.put(SourceStatus.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Failed and skipped sources, and indexed ones with a warning. */
    public synchronized List<SourceProblem> problems() throws SQLException {
        List<SourceProblem> problems = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT path, status, reason FROM sources WHERE status IN "
                     + "('FAILED', 'SKIPPED') OR (reason IS NOT NULL AND reason <> '') ORDER BY status, path")) {
            while (rs.next()) {
                problems.add(new SourceProblem(rs.getString(1), SourceStatus.valueOf(rs.getString(2)),
                        rs.getString(3)));
            }
        }
        return problems;
    }

    /** Sum of milliseconds per stage over all sources: extract, chunk, write, embed. */
    public synchronized long[] stageTotals() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(extract_ms),0), COALESCE(SUM(chunk_ms),0), "
                     + "COALESCE(SUM(write_ms),0), COALESCE(SUM(embed_ms),0) FROM sources")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    public synchronized Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public synchronized void putMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO meta(k, v) KEY(k) VALUES(?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("closing the catalog failed: " + e.getMessage(), e);
        }
    }

    // ---- helpers

    private static final String ROW_COLUMNS = "SELECT path, root, size_bytes, mtime_ms, hash, status, reason, "
            + "chunks, vectors_pending, needs_ocr, attempts";
    private static final String SELECT_ROW = ROW_COLUMNS + " FROM sources";

    private List<SourceRow> rows(String sql) throws SQLException {
        List<SourceRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    private static SourceRow row(ResultSet rs) throws SQLException {
        return new SourceRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                SourceStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getBoolean(9),
                rs.getBoolean(10), rs.getInt(11));
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    private static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
