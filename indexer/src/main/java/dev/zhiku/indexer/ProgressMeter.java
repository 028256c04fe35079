package dev.zhiku.indexer;

import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.ProgressListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts work done in one phase and reports it, with rate and ETA, at most every 200 ms. */
final class ProgressMeter {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final ProgressListener listener;
    private final IndexProgress.Phase phase;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong passages = new AtomicLong();
    private volatile long total;
    private volatile long bytesTotal;
    private volatile long passagesTotal;
    private volatile long lastReport;

    ProgressMeter(ProgressListener listener, IndexProgress.Phase phase, long total, long bytesTotal) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
        this.bytesTotal = bytesTotal;
    }

    void setPassagesTotal(long n) {
        passagesTotal = n;
    }

    void addTotal(long files, long bytes) {
        total += files;
        bytesTotal += bytes;
    }

    void advance(long files, long bytes, long passageCount, String current) {
        done.addAndGet(files);
        bytesDone.addAndGet(bytes);
        passages.addAndGet(passageCount);
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            listener.onProgress(snapshot(phase, current));
        }
    }

    void finish(IndexProgress.Phase finalPhase) {
        listener.onProgress(snapshot(finalPhase, ""));
    }

    long passagesDone() {
        return passages.get();
    }

    IndexProgress snapshot(IndexProgress.Phase p, String current) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        long d = done.get();
        double rate = d / seconds;
        Duration eta = null;
        if (phase == IndexProgress.Phase.EMBEDDING && passages.get() > 0 && passagesTotal > 0) {
            double perSecond = passages.get() / seconds;
            eta = Duration.ofMillis((long) ((passagesTotal - passages.get()) / perSecond * 1000));
        } else if (d > 0 && total > d) {
            eta = Duration.ofMillis((long) ((total - d) / rate * 1000));
        }
        return new IndexProgress(p, d, total, bytesDone.get(), bytesTotal, passages.get(), passagesTotal,
                current == null ? "" : current, rate, eta);
    }
}
