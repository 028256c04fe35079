package dev.zhiku.indexer;

import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.PassageIndex;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes computed vectors to the index and, after each index commit, marks their sources done in the catalog and
 * caches the new vectors, in that order: a crash leaves a source's vectors pending (computed again), never lost.
 * One commit covers many sources (up to 64 or 2 s of work): a commit per source meant an fsync per file, which
 * dominated the vector phase of folders with many small files.
 */
final class VectorCommitter {

    private static final int MAX_PENDING = 64;
    private static final long MAX_PENDING_NANOS = 2_000_000_000L;

    private final PassageIndex index;
    private final Catalog catalog;
    private final String model;
    private final Map<String, Long> done = new LinkedHashMap<>();
    private final Map<String, float[]> fresh = new HashMap<>();
    private long oldestPending;

    VectorCommitter(PassageIndex index, Catalog catalog, String model) {
        this.index = index;
        this.catalog = catalog;
        this.model = model;
    }

    /** Writes one source's passages with their vectors (on the calling thread) and queues its bookkeeping. */
    void accept(String path, VectorFiller.Filled filled, long embedMillis) throws IOException, SQLException {
        index.setVectors(filled.passages());
        synchronized (this) {
            if (done.isEmpty()) {
                oldestPending = System.nanoTime();
            }
            done.put(path, embedMillis);
            fresh.putAll(filled.fresh());
            if (done.size() >= MAX_PENDING || System.nanoTime() - oldestPending > MAX_PENDING_NANOS) {
                flush();
            }
        }
    }

    /** Vectors computed in this run that are not in the catalog's cache yet, for the given text hashes. */
    synchronized Map<String, float[]> uncommitted(Collection<String> hashes) {
        Map<String, float[]> found = new HashMap<>();
        for (String h : hashes) {
            float[] v = fresh.get(h);
            if (v != null) {
                found.put(h, v);
            }
        }
        return found;
    }

    /** Commits what was written and records it; call before reading the queue of pending sources again. */
    synchronized void flush() throws IOException, SQLException {
        if (done.isEmpty()) {
            return;
        }
        index.commit();
        catalog.cacheVectors(model, fresh);
        catalog.vectorsDone(done);
        done.clear();
        fresh.clear();
    }
}
