package dev.zhiku.app.cli;

import java.time.Duration;
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

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zhiku-fx-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final long periodNanos;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final StallSamples samples = new StallSamples();

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

    private void post() {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            samples.add(System.nanoTime() - posted);
            scheduleNext();
        });
    }

    /** Stops beating and returns what was measured. */
    StallFigures stop() {
        running.set(false);
        timer.shutdownNow();
        return StallFigures.of(samples.toArray());
    }
}
