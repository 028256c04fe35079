package dev.zhiku.app.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code zhiku --self-test}: once the main view has been laid out in a pulse after the window showed, reports
 * "rendered N ms" (N since the JVM started), then, after a second of idleness, "idle heap … MB rss … MB", and ends
 * the app with exit code 0. A window not rendered within 20 s ends the JVM with exit code 1.
 */
final class SelfTest {

    static final long TIMEOUT_MILLIS = 20_000;

    private final Consumer<String> report;
    private final Runnable finish;
    private boolean rendered;

    SelfTest(Consumer<String> report, Runnable finish) {
        this.report = report;
        this.finish = finish;
    }

    /** Starts the watchdog; call before showing the window. */
    void arm() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            report.accept("self-test failed: the window did not render within 20 s");
            Runtime.getRuntime().halt(1);
        }, "zhiku-self-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Waits for the first pulse after {@code ready} holds, on the shown {@code scene}. */
    void await(Scene scene, java.util.function.BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (rendered || !ready.getAsBoolean() || !scene.getWindow().isShowing()) {
                Platform.requestNextPulse();
                return;
            }
            rendered = true;
            long ms = ManagementFactory.getRuntimeMXBean().getUptime();
            report.accept("rendered " + ms + " ms");
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            idleThenFinish();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void idleThenFinish() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double heap = (rt.totalMemory() - rt.freeMemory()) / 1e6;
            report.accept(String.format(Locale.ROOT, "idle heap %.0f MB rss %s MB", heap, rss()));
            Platform.runLater(finish);
        }, "zhiku-self-test");
        t.setDaemon(true);
        t.start();
    }

    /** Resident memory from /proc (Linux); "?" elsewhere. */
    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return Long.toString(Math.round(kb / 1024.0 * 1.048576));
                }
            }
        } catch (Exception e) {
            return "?";
        }
        return "?";
    }
}
