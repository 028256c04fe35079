package dev.zhiku.app.ui.knowledge;

import dev.zhiku.app.ui.UiExecutor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest of a stream of values to the UI thread, dropping the ones the UI had no time to show, so a fast
 * producer (progress events) cannot flood the JavaFX queue.
 *
 * @param <T> the value type
 */
public final class LatestOnly<T> {

    private final AtomicReference<T> latest = new AtomicReference<>();
    private final UiExecutor ui;
    private final Consumer<T> sink;

    public LatestOnly(UiExecutor ui, Consumer<T> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    public void offer(T value) {
        if (latest.getAndSet(value) == null) {
            ui.onUi(() -> {
                T newest = latest.getAndSet(null);
                if (newest != null) {
                    sink.accept(newest);
                }
            });
        }
    }
}
