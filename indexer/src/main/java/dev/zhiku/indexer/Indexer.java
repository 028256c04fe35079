package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.chunk.ChunkPlanner;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.discovery.AccountBoundary;
import dev.zhiku.indexer.discovery.FoundFile;
import dev.zhiku.indexer.discovery.LinkScope;
import dev.zhiku.indexer.discovery.SourceWalker;
import dev.zhiku.indexer.extract.DocumentExtractor;
import dev.zhiku.indexer.extract.OcrSupport;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the knowledge base in step with the user's folders. One run: scan the roots (new, changed, deleted
 * files), read the durable queue (keyword-searchable as each batch commits), fill in vectors, then OCR scans.
 * Killing the process at any moment loses nothing committed: the catalog records an outcome only after the
 * index committed its passages, and re-reading a source replaces its passages instead of adding to them.
 */
public final class Indexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    private static final int PAGE = 1024;
    private static final int EMBED_BATCH = 32;
    private static final int ENQUEUE_BATCH = 1000;

    private final IndexerSettings settings;
    private final Catalog catalog;
    private final PassageIndex index;
    private final EmbeddingModel embeddings;
    private final SourceReader reader;
    private final IndexControl control;
    private final PowerSource power;
    private final ProgressListener listener;

    public Indexer(ZhikuHome home, IndexerSettings settings, EmbeddingModel embeddings, TokenCounter tokens,
                   IndexControl control, PowerSource power, ProgressListener listener)
            throws IOException, SQLException {
        this.settings = settings;
        this.embeddings = embeddings;
        this.control = control;
        this.power = power;
        this.listener = listener;
        this.index = PassageIndex.openForWriting(home.indexDir(), settings.fusion());
        try {
            this.catalog = Catalog.open(home.catalogBase());
        } catch (SQLException e) {
            index.close();
            throw e;
        }
        this.reader = new SourceReader(new DocumentExtractor(settings.extraction()),
                new ChunkPlanner(settings.chunking(), tokens), settings.keywordOnlyChars());
        if (embeddings != null) {
            catalog.putMeta("embedding_model", embeddings.id());
            index.useVectorField(dev.zhiku.indexer.store.VectorFields.of(embeddings.id()));
        }
    }

    public IndexerSettings settings() {
        return settings;
    }

    public Catalog catalog() {
        return catalog;
    }

    public PassageIndex index() {
        return index;
    }

    /** Adds folders or files to the knowledge base (they are read by the next {@link #run()}). */
    public void addRoots(List<Path> roots, boolean isPrivate) throws SQLException {
        for (Path root : roots) {
            catalog.addRoot(root.toAbsolutePath().normalize().toString(), isPrivate);
        }
    }

    /** Lets symbolic links in these added folders lead outside the added folders (or not). */
    public void allowLinksOutside(List<Path> roots, boolean allowed) throws SQLException {
        for (Path root : roots) {
            catalog.setLinksOutside(root.toAbsolutePath().normalize().toString(), allowed);
        }
    }

    /** Removes a folder or file the user added: its passages leave the index, its sources the catalog. */
    public void removeRoot(Path root) throws IOException, SQLException {
        String path = root.toAbsolutePath().normalize().toString();
        List<String> sources = catalog.pathsUnder(path);
        for (String p : sources) {
            index.replaceSource(p, List.of());
        }
        index.commit();
        catalog.removeRoot(path);
    }

    /** A whole run: scan, read, embed, OCR. Returns what the run did. */
    public RunReport run() throws IOException, SQLException, InterruptedException {
        long t0 = System.nanoTime();
        return drain(scan(), t0);
    }

    /**
     * A re-index the user asked for: like {@link #run()}, but files set aside because reading them stopped the
     * process are tried once more (in case the process was stopped by something else, such as a kill).
     */
    public RunReport reindex() throws IOException, SQLException, InterruptedException {
        long t0 = System.nanoTime();
        int retried = catalog.requeueSetAside(SourceReader.MAX_ATTEMPTS - 1);
        if (retried > 0) {
            LOG.info("trying {} files again that were set aside after the process stopped while reading them",
                    retried);
        }
        return drain(scan(), t0);
    }

    /** Reads what is queued (for example after {@link #refresh}), without scanning the folders again. */
    public RunReport runQueued() throws IOException, SQLException, InterruptedException {
        return drain(new ScanReport(0, 0, 0, 0), System.nanoTime());
    }

    private RunReport drain(ScanReport scan, long t0) throws IOException, SQLException, InterruptedException {
        long readStarted = System.nanoTime();
        int read = processQueue(false);
        long keywordReady = System.nanoTime();
        long embedded = embedPending();
        long vectorsReady = System.nanoTime();
        int ocr = ocrPass();
        return new RunReport(scan, read, embedded, ocr, (readStarted - t0) / 1_000_000,
                (keywordReady - t0) / 1_000_000, (vectorsReady - t0) / 1_000_000, (System.nanoTime() - t0) / 1_000_000,
                control.isCancelled());
    }

    /**
     * Finds new, changed and deleted sources below every root and updates the queue. The catalog's rows of a root
     * are read once and new or changed files are queued in batches, so an unchanged file costs no catalog round
     * trip and no read of its content (only when its size is the same but its time changed is it hashed).
     */
    public ScanReport scan() throws IOException, SQLException {
        List<String> roots = catalog.roots();
        LinkScope inside = LinkScope.within(roots.stream().map(Path::of).toList());
        Set<String> linksOutside = catalog.rootsWithLinksOutside();
        AccountBoundary account = AccountBoundary.ofThisProcess();
        AtomicInteger queued = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicInteger problems = new AtomicInteger();
        List<String> deleted = new ArrayList<>();
        for (String root : roots) {
            Path rootPath = Path.of(root);
            SourceWalker walker = new SourceWalker(settings.rules(),
                    inside.allowingOutside(linksOutside.contains(root)), account);
            if (!Files.exists(rootPath)) {
                LOG.warn("{} is not reachable; its sources are kept until it is back", root);
                problems.incrementAndGet();
                continue;
            }
            Map<String, SourceRow> known = catalog.rowsUnder(root);
            Set<String> seen = new HashSet<>();
            List<Catalog.QueueEntry> toQueue = new ArrayList<>();
            SqlConsumer<FoundFile> onFile = f -> {
                String path = f.path().toString();
                seen.add(path);
                SourceRow row = known.get(path);
                if (row != null && row.status() == SourceStatus.QUEUED) {
                    queued.incrementAndGet(); // already waiting (keeps its count of attempts)
                } else if (changed(f, row)) {
                    queued.incrementAndGet();
                    toQueue.add(new Catalog.QueueEntry(path, root, f.sizeBytes(), f.modified().toEpochMilli(), 0));
                    if (toQueue.size() >= ENQUEUE_BATCH) {
                        catalog.enqueueAll(toQueue);
                        toQueue.clear();
                    }
                } else {
                    unchanged.incrementAndGet();
                }
            };
            SqlConsumer<dev.zhiku.core.SourceProblem> onProblem = p -> {
                seen.add(p.path());
                problems.incrementAndGet();
                catalog.recordProblem(p.path(), root, p.status(), p.reason());
            };
            walker.walk(List.of(rootPath), onFile.unchecked(), onProblem.unchecked());
            catalog.enqueueAll(toQueue);
            known.keySet().stream().filter(p -> !seen.contains(p)).forEach(deleted::add);
        }
        removeSources(deleted);
        return new ScanReport(queued.get(), unchanged.get(), deleted.size(), problems.get());
    }

    private boolean enqueueIfChanged(FoundFile f, String root) throws SQLException {
        String path = f.path().toString();
        SourceRow row = catalog.find(path).orElse(null);
        if (row != null && row.status() == SourceStatus.QUEUED) {
            return true;
        }
        if (!changed(f, row)) {
            return false;
        }
        catalog.enqueue(path, root, f.sizeBytes(), f.modified().toEpochMilli(), 0);
        return true;
    }

    /** Whether a found file must be (re-)read; a file whose content is unchanged gets its new time recorded. */
    private boolean changed(FoundFile f, SourceRow r) throws SQLException {
        if (r == null) {
            return true;
        }
        long mtime = f.modified().toEpochMilli();
        if (r.sizeBytes() == f.sizeBytes() && r.modifiedMillis() == mtime) {
            return false;
        }
        if (r.hash() != null && r.sizeBytes() == f.sizeBytes()) {
            try {
                if (r.hash().equals(ContentHash.ofFile(f.path()))) {
                    catalog.touch(r.path(), f.sizeBytes(), mtime);
                    return false;
                }
            } catch (IOException e) {
                LOG.debug("cannot hash {}: {}", r.path(), e.getMessage());
            }
        }
        return true;
    }

    /** Re-checks single paths reported by the folder watcher. */
    public int refresh(Set<Path> changed) throws IOException, SQLException {
        List<String> roots = catalog.roots();
        LinkScope inside = LinkScope.within(roots.stream().map(Path::of).toList());
        Set<String> linksOutside = catalog.rootsWithLinksOutside();
        List<String> gone = new ArrayList<>();
        for (String root : roots) {
            Path rootPath = Path.of(root);
            SourceWalker walker = new SourceWalker(settings.rules(),
                    inside.allowingOutside(linksOutside.contains(root)), AccountBoundary.ofThisProcess());
            for (Path p : changed) {
                Path abs = p.toAbsolutePath().normalize();
                if (!abs.startsWith(rootPath)) {
                    continue;
                }
                if (!Files.exists(abs)) {
                    String prefix = abs + java.io.File.separator;
                    catalog.pathsUnder(root).stream().filter(s -> s.equals(abs.toString()) || s.startsWith(prefix))
                            .forEach(gone::add);
                } else if (Files.isDirectory(abs)) {
                    SqlConsumer<FoundFile> onFile = f -> enqueueIfChanged(f, root);
                    SqlConsumer<dev.zhiku.core.SourceProblem> onProblem =
                            pr -> catalog.recordProblem(pr.path(), root, pr.status(), pr.reason());
                    walker.walk(List.of(abs), onFile.unchecked(), onProblem.unchecked());
                } else if (walker.isCandidate(rootPath, abs)) {
                    var attrs = Files.readAttributes(abs, java.nio.file.attribute.BasicFileAttributes.class);
                    enqueueIfChanged(new FoundFile(abs, rootPath, attrs.size(), attrs.lastModifiedTime().toInstant()),
                            root);
                }
            }
        }
        removeSources(gone);
        return gone.size();
    }

    private void removeSources(List<String> paths) throws IOException, SQLException {
        if (paths.isEmpty()) {
            return;
        }
        for (String p : paths) {
            index.replaceSource(p, List.of());
        }
        index.commit();
        catalog.delete(paths);
        LOG.info("removed {} deleted sources", paths.size());
    }

    /** Reads queued sources until the queue is empty (or the run is cancelled). Returns how many were read. */
    public int processQueue(boolean ocr) throws IOException, SQLException, InterruptedException {
        long total = catalog.queuedCount();
        ProgressMeter meter = new ProgressMeter(listener, IndexProgress.Phase.EXTRACTING, total, 0);
        int threads = power.onBattery() ? 1 : settings.threads();
        int read = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads("zhiku-index",
                power.onBattery() ? Thread.MIN_PRIORITY : Thread.NORM_PRIORITY - 1))) {
            BatchCommitter committer = new BatchCommitter(index, catalog, embeddings);
            // Pages are walked with a cursor, so the committer commits at its own pace rather than after every
            // page; at the end of the queue it commits and looks once more from the start, for sources queued
            // meanwhile.
            Catalog.QueueCursor after = null;
            while (control.awaitRunnable()) {
                Catalog.QueuePage next = catalog.queuedAfter(PAGE, after);
                List<SourceRow> page = next.rows();
                if (page.isEmpty()) {
                    committer.flush();
                    if (after == null) {
                        break;
                    }
                    after = null;
                    continue;
                }
                after = next.next();
                // A file being read when the process died is read alone first, so that a file read beside the
                // one that really stops the process is not charged again.
                for (SourceRow suspect : page.stream().filter(r -> r.attempts() > 0).toList()) {
                    waitFor(pool.submit(() -> readOne(suspect, ocr, committer, meter)));
                }
                List<Future<?>> futures = new ArrayList<>();
                for (SourceRow row : page.stream().filter(r -> r.attempts() == 0).toList()) {
                    futures.add(pool.submit(() -> readOne(row, ocr, committer, meter)));
                }
                for (Future<?> f : futures) {
                    waitFor(f);
                }
                read += page.size();
                if (control.isCancelled()) {
                    break;
                }
            }
            committer.flush(); // what a cancelled run read is kept
        }
        meter.finish(control.isCancelled() ? IndexProgress.Phase.CANCELLED : IndexProgress.Phase.DONE);
        return read;
    }

    private Void readOne(SourceRow row, boolean ocr, BatchCommitter committer, ProgressMeter meter)
            throws IOException, SQLException, InterruptedException {
        if (!control.awaitRunnable()) {
            return null;
        }
        catalog.readingStarts(row.path());
        SourceReader.Result result = reader.read(row, ocr);
        catalog.readingEnded(row.path());
        committer.accept(result, row.path());
        meter.advance(1, row.sizeBytes(), result.passages().size(), row.path());
        return null;
    }

    /**
     * Computes the embeddings that are still missing, on as many threads as files are read with (the model runs
     * one text per call on the calling thread). Returns how many passages were embedded.
     */
    public long embedPending() throws IOException, SQLException, InterruptedException {
        if (embeddings == null) {
            return 0;
        }
        ProgressMeter meter = new ProgressMeter(listener, IndexProgress.Phase.EMBEDDING, 0, 0);
        meter.setPassagesTotal(catalog.pendingPassages());
        long embedded = 0;
        int threads = power.onBattery() ? 1 : settings.threads();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreads("zhiku-embed",
                power.onBattery() ? Thread.MIN_PRIORITY : Thread.NORM_PRIORITY - 1))) {
            VectorCommitter committer = new VectorCommitter(index, catalog, embeddings.id());
            while (control.awaitRunnable()) {
                List<SourceRow> rows = catalog.vectorsPending(16 * threads);
                if (rows.isEmpty()) {
                    break;
                }
                List<Future<Long>> futures = new ArrayList<>();
                for (SourceRow row : rows) {
                    futures.add(pool.submit(() -> control.awaitRunnable() ? embedSource(row, meter, committer) : 0L));
                }
                for (Future<Long> f : futures) {
                    embedded += waitFor(f);
                }
                committer.flush();
                if (control.isCancelled()) {
                    break;
                }
            }
        }
        meter.finish(control.isCancelled() ? IndexProgress.Phase.CANCELLED : IndexProgress.Phase.DONE);
        return embedded;
    }

    private long embedSource(SourceRow row, ProgressMeter meter, VectorCommitter committer)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        List<StoredPassage> passages = index.passagesOf(row.path());
        VectorFiller.Filled filled = VectorFiller.fill(passages, catalog, embeddings, EMBED_BATCH,
                committer::uncommitted);
        committer.accept(row.path(), filled, (System.nanoTime() - t0) / 1_000_000);
        meter.advance(1, row.sizeBytes(), passages.size(), row.path());
        return filled.fresh().size();
    }

    /** Reads scans and images again with OCR (slow: runs after everything else). */
    public int ocrPass() throws IOException, SQLException, InterruptedException {
        if (!OcrSupport.tesseractAvailable()) {
            return 0;
        }
        List<SourceRow> rows = catalog.needingOcr();
        for (SourceRow row : rows) {
            catalog.enqueue(row.path(), row.root(), row.sizeBytes(), row.modifiedMillis(), 1);
        }
        if (rows.isEmpty()) {
            return 0;
        }
        int read = processQueue(true);
        embedPending();
        return read;
    }

    private static <T> T waitFor(Future<T> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("indexing failed: " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            catalog.close();
        }
    }

    /** A consumer that may throw SQL or I/O errors, adapted for callbacks. */
    @FunctionalInterface
    private interface SqlConsumer<T> {
        void accept(T t) throws SQLException, IOException;

        default java.util.function.Consumer<T> unchecked() {
            return t -> {
                try {
                    accept(t);
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException("updating the catalog failed: " + e.getMessage(), e);
                }
            };
        }
    }
}
