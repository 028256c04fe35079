package dev.zhiku.app.ui.knowledge;

import javafx.application.Platform;

/** Where ViewModels publish results: the JavaFX application thread in the app, the calling thread in tests. */
@FunctionalInterface
public interface UiThread {

    void run(Runnable task);

    /** Runs on the JavaFX application thread (at once when already on it). */
    static UiThread fx() {
        return task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        };
    }

    /** Runs on the calling thread; for ViewModel tests without a toolkit. */
    static UiThread direct() {
        return Runnable::run;
    }
}
