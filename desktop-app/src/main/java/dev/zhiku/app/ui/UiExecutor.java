package dev.zhiku.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Where ViewModels run work, the one UI plumbing of every screen: {@link #onUi} hands a change of their properties to
 * the UI thread, {@link #background} runs work off it (a named daemon thread in the app), results and failures
 * delivered back through {@link #onUi}. Screens that need their own worker threads (one for each source viewer, the
 * chat's answer worker) take a plain {@link java.util.concurrent.Executor} beside it. The app uses {@link #fx()};
 * tests inject {@link #direct()}, which runs everything inline, or {@link #of} to watch what reaches the UI thread.
 */
public interface UiExecutor {

    /** The JavaFX application thread (directly when already on it, else {@code Platform.runLater}). */
    static UiExecutor fx() {
        return new FxUiExecutor();
    }

    /** The calling thread: for tests without a toolkit. */
    static UiExecutor direct() {
        return new DirectUiExecutor();
    }

    /**
     * Hands UI work to {@code uiThread}; background work runs on a named daemon thread and reports through it (for
     * tests that guard or count what reaches the UI thread).
     */
    static UiExecutor of(Consumer<Runnable> uiThread) {
        AtomicInteger counter = new AtomicInteger();
        return new UiExecutor() {
            @Override
            public void onUi(Runnable action) {
                uiThread.accept(action);
            }

            @Override
            public <T> void background(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<? super Throwable> onFailure) {
                String thread = "zhiku-ui-" + name + "-" + counter.incrementAndGet();
                Thread.ofPlatform().daemon(true).name(thread).start(() -> {
                    try {
                        T result = work.call();
                        uiThread.accept(() -> onSuccess.accept(result));
                    } catch (Exception | Error e) {
                        LoggerFactory.getLogger(UiExecutor.class).debug("background work '{}' failed", name, e);
                        uiThread.accept(() -> onFailure.accept(e));
                    }
                });
            }
        };
    }

    /** Runs {@code action} on the UI thread (later, when called from another thread). */
    void onUi(Runnable action);

    /**
     * Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} then runs on the UI thread.
     *
     * @param name short name of the work, part of the thread's name
     */
    <T> void background(String name, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure);
}
