package dev.zhiku.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app's executor: background work on named daemon threads, results through {@link Platform#runLater}. */
public final class FxUiExecutor implements UiExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);
    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public <T> void background(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Thread thread = new Thread(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.debug("background work '{}' failed", name, e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        }, "zhiku-ui-" + name + "-" + counter.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }
}
