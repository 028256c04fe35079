package dev.zhiku.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for ViewModel tests without the JavaFX toolkit. */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public <T> void background(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
