package dev.zhiku.app.ui.fx;

import javafx.application.Platform;

/** Runs work on the UI thread; ViewModels post every change of their properties through it. */
@FunctionalInterface
public interface UiThread {

    void run(Runnable task);

    /** The JavaFX application thread (directly when already on it, else {@link Platform#runLater}). */
    static UiThread fx() {
        return task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        };
    }

    /** The calling thread: for tests without a toolkit. */
    static UiThread direct() {
        return Runnable::run;
    }
}
