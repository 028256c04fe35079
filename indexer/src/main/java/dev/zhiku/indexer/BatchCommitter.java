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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes read sources to the index and, after each index commit, records their outcomes in the catalog, in
 * that order, so that a crash can only leave a source queued (and read again), never lost or doubled.
 */
final class BatchCommitter {

    /** At most this many read sources wait for a commit (what a crash would make the next run read again). */
    private static final int MAX_PENDING = 8192;
    /** The first commit comes this soon, so the first files are searchable within seconds. */
    private static final long FIRST_INTERVAL_NANOS = 2_000_000_000L;
    /** Later commits come further apart (a quarter of the time written so far), but never further than this. */
    private static final long MAX_INTERVAL_NANOS = 10_000_000_000L;

    private final PassageIndex index;
    private final Catalog catalog;
    private final EmbeddingModel embeddings;
    private final long started = System.nanoTime();
    /** Held while committing, so that one commit runs at a time; the bookkeeping below has {@code this}. */
    private final ReentrantLock committing = new ReentrantLock();
    private List<SourceOutcome> pending = new ArrayList<>();
    private List<String> deleted = new ArrayList<>();
    private long oldestPending;

    BatchCommitter(PassageIndex index, Catalog catalog, EmbeddingModel embeddings) {
        this.index = index;
        this.catalog = catalog;
        this.embeddings = embeddings;
    }

    /**
     * Writes one read source to the index. The analysis runs on the calling thread, outside this committer's
     * lock, so several reading threads analyse at once; only the bookkeeping is serialised, and a commit that
     * falls due runs on the thread that found it due while the other threads go on writing.
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
        boolean due;
        synchronized (this) {
            long now = System.nanoTime();
            long interval = Math.min(MAX_INTERVAL_NANOS, Math.max(FIRST_INTERVAL_NANOS, (now - started) / 4));
            due = pending.size() + deleted.size() >= MAX_PENDING || now - oldestPending > interval;
        }
        // A commit already running covers what is due now, or the next source written finds it due again.
        if (due && committing.tryLock()) {
            try {
                commitPending();
            } finally {
                committing.unlock();
            }
        }
    }

    private void notePending() {
        if (pending.isEmpty() && deleted.isEmpty()) {
            oldestPending = System.nanoTime();
        }
    }

    /** Commits everything written so far and records its outcomes (waits for a commit already running). */
    void flush() throws IOException, SQLException {
        committing.lock();
        try {
            commitPending();
        } finally {
            committing.unlock();
        }
    }

    /**
     * Takes the sources written so far, commits the index (which holds at least them: each was added before it
     * was noted here) and then records their outcomes. Sources written meanwhile by other threads may be in the
     * commit too; they are recorded by the next one, so a crash in between only makes them read again.
     */
    private void commitPending() throws IOException, SQLException {
        List<SourceOutcome> outcomes;
        List<String> gone;
        synchronized (this) {
            if (pending.isEmpty() && deleted.isEmpty()) {
                return;
            }
            outcomes = pending;
            gone = deleted;
            pending = new ArrayList<>();
            deleted = new ArrayList<>();
        }
        index.commit();
        catalog.complete(outcomes);
        catalog.delete(gone);
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
