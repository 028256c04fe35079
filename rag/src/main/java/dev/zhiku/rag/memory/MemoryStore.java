package dev.zhiku.rag.memory;

import dev.zhiku.rag.store.LocalDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's personal memories in an embedded H2 file on this PC. This class only stores and ranks; it sends
 * nothing anywhere. Opened in H2's auto-server mode; every method is synchronized on the one connection.
 */
public final class MemoryStore implements AutoCloseable {

    private static final String COLUMNS = "id, text, created, updated";

    private final Connection connection;
    private final String file;
    private final Clock clock;
    private Instant lastStamp = Instant.EPOCH;

    private MemoryStore(Connection connection, String file, Clock clock) {
        this.connection = connection;
        this.file = file;
        this.clock = clock;
    }

    /** Opens (creating or migrating) the store whose H2 file is {@code base}{@code .mv.db}. */
    public static MemoryStore open(Path base) {
        return open(base, Clock.systemUTC());
    }

    public static MemoryStore open(Path base, Clock clock) {
        String file = LocalDatabase.fileOf(base);
        try {
            return new MemoryStore(LocalDatabase.open(base, MemorySchema::migrate), file, clock);
        } catch (IOException | SQLException e) {
            throw new MemoryStoreException("Cannot open the memories in " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    /** Remembers a fact (stripped); a blank fact is refused. */
    public synchronized Memory add(String text) {
        String fact = requireFact(text);
        Instant now = stamp();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO memories(text, created, updated) VALUES(?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fact);
            ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Memory(keys.getLong(1), fact, now, now);
            }
        } catch (SQLException e) {
            throw failure("remember a fact", e);
        }
    }

    /** All memories, the most recently changed first. */
    public synchronized List<Memory> list() {
        return query("SELECT " + COLUMNS + " FROM memories ORDER BY updated DESC, id DESC", null);
    }

    public synchronized Optional<Memory> find(long id) {
        return query("SELECT " + COLUMNS + " FROM memories WHERE id = ?", id).stream().findFirst();
    }

    /** Replaces the text of a memory; false if there is no such memory. */
    public synchronized boolean edit(long id, String text) {
        String fact = requireFact(text);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE memories SET text = ?, updated = ? WHERE id = ?")) {
            ps.setString(1, fact);
            ps.setObject(2, OffsetDateTime.ofInstant(stamp(), ZoneOffset.UTC));
            ps.setLong(3, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("change a memory", e);
        }
    }

    /** Forgets a memory; false if there was none. */
    public synchronized boolean delete(long id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM memories WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("forget a memory", e);
        }
    }

    /** Up to {@code max} memories sharing words with the question, best first ({@link MemoryRanker}). */
    public synchronized List<Memory> relevant(String question, int max) {
        if (question == null || max <= 0) {
            return List.of();
        }
        List<Memory> ranked = MemoryRanker.rank(question, list());
        return List.copyOf(ranked.subList(0, Math.min(max, ranked.size())));
    }

    /**
     * The memory a "forget …" request means: one whose text contains the description (or is contained in it),
     * ignoring case, else the most relevant one; empty if nothing shares a word with it.
     */
    public synchronized Optional<Memory> bestMatch(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        String wanted = description.strip().toLowerCase(Locale.ROOT);
        List<Memory> all = list();
        for (Memory m : all) {
            String text = m.text().toLowerCase(Locale.ROOT);
            if (text.contains(wanted) || wanted.contains(text)) {
                return Optional.of(m);
            }
        }
        return MemoryRanker.rank(description, all).stream().findFirst();
    }

    private List<Memory> query(String sql, Long id) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            List<Memory> memories = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memories.add(new Memory(rs.getLong(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return memories;
        } catch (SQLException e) {
            throw failure("read the memories", e);
        }
    }

    private static String requireFact(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a memory needs some text");
        }
        return text.strip();
    }

    /** A time strictly after every earlier one, so that "most recent first" is well defined. */
    private Instant stamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plus(1, ChronoUnit.MICROS);
        return lastStamp;
    }

    private MemoryStoreException failure(String what, SQLException e) {
        return new MemoryStoreException("Could not " + what + " in " + file + ": " + e.getMessage()
                + ". Nothing was changed; try again, or restart Zhiku if it keeps happening.", e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the file", e);
        }
    }
}
