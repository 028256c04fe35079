package dev.zhiku.app.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts JavaFX on its headless platform and runs code on the FX thread from a command's own thread. */
final class FxCalls {

    private static final long CALL_SECONDS = 60;
    private static final long POLL_MILLIS = 100;

    private FxCalls() {
    }

    /** Starts the toolkit on the headless platform (unless a platform was chosen with -D); call once. */
    static void startHeadless() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        if (!started.await(CALL_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within " + CALL_SECONDS + " s");
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(CALL_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds; fails naming {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + timeout.toSeconds()
                        + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
