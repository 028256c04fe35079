package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.SourceOutcome;
import dev.zhiku.indexer.catalog.StageTimings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.StoredPassage;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes read sources to the index and, after each index commit, records their outcomes in the catalog, in
 * that order, so that a crash can only leave a source queued (and read again), never lost or doubled.
 */
final class BatchCommitter {

    private static final int MAX_PENDING = 1024;
    private static final long MAX_PENDING_NANOS = 2_000_000_000L;

    private final PassageIndex index;
    private final Catalog catalog;
    private final EmbeddingModel embeddings;
    private final List<SourceOutcome> pending = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private long oldestPending;

    BatchCommitter(PassageIndex index, Catalog catalog, EmbeddingModel embeddings) {
        this.index = index;
        this.catalog = catalog;
        this.embeddings = embeddings;
    }

    /**
     * Writes one read source to the index. The analysis runs on the calling thread, outside this committer's
     * lock, so several reading threads analyse at once; only the bookkeeping and the commit are serialised.
     */
    void accept(SourceReader.Result result, String path) throws IOException, SQLException {
        if (result.deleted()) {
            index.replaceSource(path, List.of());
            synchronized (this) {
                notePending();
                deleted.add(path);
            }
        } else {
            SourceOutcome outcome = result.outcome();
            List<StoredPassage> passages = result.passages();
            if (outcome.vectorsPending() && embeddings != null) {
                List<StoredPassage> cached = VectorFiller.fromCacheOnly(passages, catalog, embeddings.id());
                if (cached != null) {
                    passages = cached;
                    outcome = withVectorsDone(outcome);
                }
            }
            long t0 = ThreadCpu.nanos();
            index.replaceSource(path, passages);
            SourceOutcome written = withWriteTime(outcome, (ThreadCpu.nanos() - t0) / 1_000_000);
            synchronized (this) {
                notePending();
                pending.add(written);
            }
        }
        synchronized (this) {
            if (pending.size() + deleted.size() >= MAX_PENDING
                    || System.nanoTime() - oldestPending > MAX_PENDING_NANOS) {
                flush();
            }
        }
    }

    private void notePending() {
        if (pending.isEmpty() && deleted.isEmpty()) {
            oldestPending = System.nanoTime();
        }
    }

    synchronized void flush() throws IOException, SQLException {
        if (pending.isEmpty() && deleted.isEmpty()) {
            return;
        }
        index.commit();
        catalog.complete(pending);
        catalog.delete(deleted);
        pending.clear();
        deleted.clear();
    }

    private static SourceOutcome withVectorsDone(SourceOutcome o) {
        return new SourceOutcome(o.path(), o.hash(), o.sizeBytes(), o.modifiedMillis(), o.status(), o.reason(),
                o.fileType(), o.chunks(), false, o.needsOcr(), o.timings(), o.setAside());
    }

    private static SourceOutcome withWriteTime(SourceOutcome o, long writeMillis) {
        StageTimings t = o.timings();
        return new SourceOutcome(o.path(), o.hash(), o.sizeBytes(), o.modifiedMillis(), o.status(), o.reason(),
                o.fileType(), o.chunks(), o.vectorsPending(), o.needsOcr(),
                new StageTimings(t.extractMillis(), t.chunkMillis(), writeMillis), o.setAside());
    }
}
