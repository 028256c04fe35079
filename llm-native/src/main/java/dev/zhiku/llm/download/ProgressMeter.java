package dev.zhiku.llm.download;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/** Turns byte counts into throttled progress events with the speed over a sliding window and an ETA. */
final class ProgressMeter {

    private static final long WINDOW_NANOS = Duration.ofSeconds(5).toNanos();

    private record Sample(long nanos, long bytes) { }

    private final DownloadListener listener;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private long lastEmit;
    private boolean emitted;

    ProgressMeter(DownloadListener listener, Duration interval, LongSupplier clock) {
        this.listener = listener;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    /** Reports progress unless the last event was less than the interval ago. */
    void update(long done, long total) {
        long now = clock.getAsLong();
        if (emitted && now - lastEmit < intervalNanos) {
            return;
        }
        emit(now, done, total);
    }

    /** Reports progress now, whatever the interval; used for the final event. */
    void finish(long done, long total) {
        emit(clock.getAsLong(), done, total);
    }

    /** Forgets the speed history, e.g. when the file starts over from zero. */
    void reset() {
        samples.clear();
    }

    private void emit(long now, long done, long total) {
        samples.addLast(new Sample(now, done));
        while (samples.size() > 1 && now - samples.peekFirst().nanos() > WINDOW_NANOS) {
            samples.removeFirst();
        }
        Sample oldest = samples.peekFirst();
        double seconds = (now - oldest.nanos()) / 1e9;
        double rate = seconds > 0 ? Math.max(0, done - oldest.bytes()) / seconds : 0;
        Duration eta = null;
        if (total >= 0 && rate > 0) {
            eta = Duration.ofMillis((long) (Math.max(0, total - done) / rate * 1000));
        }
        lastEmit = now;
        emitted = true;
        listener.onProgress(new DownloadProgress(done, total, rate, eta));
    }
}
