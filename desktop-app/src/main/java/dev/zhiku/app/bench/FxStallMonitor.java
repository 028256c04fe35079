package dev.zhiku.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps events waiting: a heartbeat posted with {@link Platform#runLater} records
 * the delay until it runs, and only then schedules the next one a period later — so one long stall counts once,
 * not once for every heartbeat queued behind it.
 */
final class FxStallMonitor {

    private static final long LONG_NANOS = 100_000_000L;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zhiku-fx-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final long periodNanos;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final StallSamples samples = new StallSamples();
    private final List<String> longStalls = new CopyOnWriteArrayList<>();
    private volatile String step = "start";

    private FxStallMonitor(Duration period) {
        this.periodNanos = period.toNanos();
    }

    /** Starts beating; the FX toolkit must be running. */
    static FxStallMonitor start(Duration period) {
        FxStallMonitor monitor = new FxStallMonitor(period);
        monitor.scheduleNext();
        return monitor;
    }

    private void scheduleNext() {
        if (!running.get()) {
            return;
        }
        try {
            timer.schedule(this::post, periodNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            // stop() came between the check and the schedule
        }
    }

    /** Names what the measured program does from now on, so that a long stall can be traced to a step. */
    void step(String name) {
        step = name;
    }

    private void post() {
        long posted = System.nanoTime();
        String during = step;
        Platform.runLater(() -> {
            long delay = System.nanoTime() - posted;
            samples.add(delay);
            if (delay > LONG_NANOS) {
                longStalls.add(String.format(Locale.ROOT, "%.0f ms during %s", delay / 1e6, during));
            }
            scheduleNext();
        });
    }

    /** The stalls over 100 ms so far, in order, each with the step it happened in. */
    List<String> longStalls() {
        return List.copyOf(longStalls);
    }

    /** Stops beating and returns what was measured. */
    StallFigures stop() {
        running.set(false);
        timer.shutdownNow();
        return StallFigures.of(samples.toArray());
    }
}
