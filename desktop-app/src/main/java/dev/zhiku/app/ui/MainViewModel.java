package dev.zhiku.app.ui;

import dev.zhiku.core.IndexProgress;
import dev.zhiku.indexer.RunReport;
import java.sql.SQLException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the screen shown (null while the home is being opened), indexing progress and the model
 * in use, as properties; everything slow goes through the {@link UiExecutor}.
 */
public final class MainViewModel {

    /** What the status bar says about indexing. */
    public enum IndexState { IDLE, RUNNING, DONE, FAILED }

    private final AppServices services;
    private final UiExecutor executor;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen");
    private final ObjectProperty<IndexState> indexState = new SimpleObjectProperty<>(this, "indexState",
            IndexState.IDLE);
    private final ObjectProperty<IndexProgress> progress = new SimpleObjectProperty<>(this, "progress");
    private final StringProperty modelName = new SimpleStringProperty(this, "modelName", "");
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>(this, "failure");

    public MainViewModel(AppServices services, UiExecutor executor) {
        this.services = services;
        this.executor = executor;
        services.indexing().addListener(new IndexingRunner.Listener() {
            @Override
            public void onProgress(IndexProgress p) {
                executor.onUi(() -> {
                    progress.set(p);
                    indexState.set(IndexState.RUNNING);
                });
            }

            @Override
            public void onFinished(RunReport report) {
                executor.onUi(() -> indexState.set(IndexState.DONE));
            }

            @Override
            public void onFailed(Exception e) {
                executor.onUi(() -> {
                    indexState.set(IndexState.FAILED);
                    failure.set(e);
                });
            }
        });
    }

    /** Opens the home in the background: the Welcome screen when no folder was added yet, else the chat. */
    public void start() {
        executor.background("open-home", this::openHome, this::opened, e -> {
            failure.set(e);
            if (screen.get() == null) {
                screen.set(Screen.CHAT);
            }
        });
        refreshModelName();
        services.onAnsweringModelChanged(this::refreshModelName);
    }

    /**
     * The home's folders; also opens the conversation store here, off the window's thread: opening it (an H2 file
     * and its schema check) while the chat screen was first built was part of the window's longest stall (0039).
     * A failure is left for the chat screen to report, which opens the store again.
     */
    private List<String> openHome() throws SQLException {
        List<String> folders = services.folders();
        try {
            services.conversations();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(MainViewModel.class).debug("conversation store not opened yet", e);
        }
        return folders;
    }

    private void refreshModelName() {
        executor.background("model-state", services::answeringModelName, modelName::set, e -> modelName.set(""));
    }

    private void opened(List<String> folders) {
        if (screen.get() == null) {
            screen.set(folders.isEmpty() ? Screen.WELCOME : Screen.CHAT);
        }
        if (!folders.isEmpty()) {
            services.startIndexing(List.of());
        }
    }

    /** Called by the Welcome view when it has started indexing: opens the chat and refreshes the model state. */
    public void welcomeDone() {
        screen.set(Screen.CHAT);
        refreshModelName();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public void show(Screen s) {
        screen.set(s);
    }

    public ObjectProperty<IndexState> indexStateProperty() {
        return indexState;
    }

    public ObjectProperty<IndexProgress> progressProperty() {
        return progress;
    }

    public StringProperty modelNameProperty() {
        return modelName;
    }

    /** The last failure a person should hear about (shown once by the view, then cleared). */
    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
