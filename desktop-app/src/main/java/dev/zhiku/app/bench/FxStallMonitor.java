package dev.zhiku.app.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long the FX thread keeps events waiting: a heartbeat posted with {@link Platform#runLater} records
 * the delay until it runs, and only then schedules the next one a period later — so one long stall counts once,
 * not once for every heartbeat queued behind it. Each long stall is reported with the JVM's uptime at its start (to
 * line it up with {@code -Xlog} output, which uses the same clock) and with the time the watched scene's pulses spent
 * in CSS and layout meanwhile (from the scene's pre- and post-layout pulse listeners).
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
    /** Nanos the watched scene spent in CSS and layout so far. */
    private final AtomicLong styledNanos = new AtomicLong();
    /** The start of the CSS and layout pass under way (FX thread only). */
    private long passStart;

    private FxStallMonitor(Duration period) {
        this.periodNanos = period.toNanos();
    }

    /** Starts beating and watching {@code scene}'s CSS and layout passes; call from a thread other than FX. */
    static FxStallMonitor start(Duration period, Scene scene) throws Exception {
        FxStallMonitor monitor = new FxStallMonitor(period);
        FxCalls.call(() -> {
            monitor.watch(scene);
            return null;
        });
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

    private void watch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> passStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (passStart != 0) {
                styledNanos.addAndGet(System.nanoTime() - passStart);
                passStart = 0;
            }
        });
    }

    /** Names what the measured program does from now on, so that a long stall can be traced to a step. */
    void step(String name) {
        step = name;
    }

    private void post() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long posted = System.nanoTime();
        String during = step;
        long styledBefore = styledNanos.get();
        Platform.runLater(() -> {
            long delay = System.nanoTime() - posted;
            samples.add(delay);
            if (delay > LONG_NANOS) {
                longStalls.add(String.format(Locale.ROOT, "%.0f ms during %s (at %.3f s uptime; CSS and layout %.0f ms)",
                        delay / 1e6, during, uptime / 1e3, (styledNanos.get() - styledBefore) / 1e6));
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
