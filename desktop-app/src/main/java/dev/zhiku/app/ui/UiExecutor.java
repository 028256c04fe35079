package dev.zhiku.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where ViewModels run work: {@link #background} off the UI thread (a named daemon thread in the app), results and
 * failures delivered back through {@link #onUi}. Tests inject {@link DirectUiExecutor}, which runs everything inline.
 */
public interface UiExecutor {

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
