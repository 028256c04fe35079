package dev.zhiku.app.ui.knowledge;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.app.ui.source.FileOpener;
import dev.zhiku.app.ui.source.OpenOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Knowledge panel: folders, indexing progress, problems. Service calls run on two named daemon
 * threads (one for indexing runs, one for quick queries); results come back through the {@link UiExecutor}.
 */
public final class KnowledgeViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeViewModel.class);

    private final IndexingService service;
    private final UiExecutor ui;
    private final FileOpener opener;
    private final ExecutorService queries = Executors.newSingleThreadExecutor(DaemonThreads.named("zhiku-knowledge"));
    private final ExecutorService runs = Executors.newSingleThreadExecutor(DaemonThreads.background("zhiku-indexing"));
    private final LatestOnly<IndexProgress> progressRelay;

    private final ObservableList<FolderSummary> folders = FXCollections.observableArrayList();
    private final ObservableList<SourceProblem> problems = FXCollections.observableArrayList();
    private final FilteredList<SourceProblem> visibleProblems = new FilteredList<>(problems, p -> true);
    private final StringProperty problemText = new SimpleStringProperty("");
    private final ObjectProperty<SourceStatus> problemStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<IndexProgress> progress = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty addAsPrivate = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    private java.util.function.UnaryOperator<String> reasonShown = java.util.function.UnaryOperator.identity();

    public KnowledgeViewModel(IndexingService service, UiExecutor ui) {
        this(service, ui, FileOpener.system());
    }

    public KnowledgeViewModel(IndexingService service, UiExecutor ui, FileOpener opener) {
        this.service = service;
        this.ui = ui;
        this.opener = opener;
        this.progressRelay = new LatestOnly<>(ui, progress::set);
        problemText.addListener((o, a, b) -> applyProblemFilter());
        problemStatus.addListener((o, a, b) -> applyProblemFilter());
    }

    public ObservableList<FolderSummary> folders() {
        return folders;
    }

    /** Problems matching {@link #problemTextProperty()} and {@link #problemStatusProperty()}. */
    public ObservableList<SourceProblem> visibleProblems() {
        return visibleProblems;
    }

    public ObservableList<SourceProblem> allProblems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public StringProperty problemTextProperty() {
        return problemText;
    }

    /** Null shows every status. */
    public ObjectProperty<SourceStatus> problemStatusProperty() {
        return problemStatus;
    }

    /** The last progress event of the current or last run, null before the first. */
    public ReadOnlyObjectProperty<IndexProgress> progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    /** Whether folders added next are private (never leave this PC). */
    public BooleanProperty addAsPrivateProperty() {
        return addAsPrivate;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public boolean canRemoveFolders() {
        return service.canRemoveFolders();
    }

    /** Reloads folders and problems. */
    public void refresh() {
        queries.execute(this::reload);
    }

    private void reload() {
        try {
            List<FolderSummary> f = service.folders();
            List<SourceProblem> p = service.problems();
            ui.onUi(() -> {
                folders.setAll(f);
                problems.setAll(p);
            });
        } catch (Exception e) {
            fail("error.load", e);
        }
    }

    /** Adds folders (private when {@link #addAsPrivateProperty()} is set) and indexes them. */
    public void addFolders(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        boolean isPrivate = addAsPrivate.get();
        queries.execute(() -> {
            try {
                service.addFolders(paths, isPrivate);
                reload();
                reindex();
            } catch (Exception e) {
                fail("error.add", e);
            }
        });
    }

    public void setPrivate(FolderSummary folder, boolean isPrivate) {
        queries.execute(() -> {
            try {
                service.setPrivate(folder.path(), isPrivate);
                reload();
            } catch (Exception e) {
                fail("error.private", e);
            }
        });
    }

    public void remove(FolderSummary folder) {
        if (!service.canRemoveFolders()) {
            ui.onUi(() -> notice.set(new Notice("error.removeUnsupported", folder.path().toString())));
            return;
        }
        queries.execute(() -> {
            try {
                service.removeFolder(folder.path());
                reload();
            } catch (Exception e) {
                fail("error.remove", e);
            }
        });
    }

    /** Scans every folder again and reads what changed; does nothing while a run is going. */
    public void reindex() {
        ui.onUi(() -> {
            if (running.get()) {
                return;
            }
            running.set(true);
            paused.set(false);
            runs.execute(this::runOnce);
        });
    }

    private void runOnce() {
        try {
            service.run(progressRelay::offer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail("error.index", e);
        } finally {
            reload();
            ui.onUi(() -> {
                running.set(false);
                paused.set(false);
            });
        }
    }

    public void pause() {
        service.pause();
        ui.onUi(() -> paused.set(true));
    }

    public void resume() {
        service.resume();
        ui.onUi(() -> paused.set(false));
    }

    public void cancel() {
        service.cancel();
    }

    /** Opens a problem file with the system's program; a failure becomes a notice. */
    public void open(SourceProblem problem) {
        queries.execute(() -> {
            OpenOutcome outcome = opener.open(Path.of(problem.path()), 0);
            if (!outcome.ok()) {
                ui.onUi(() -> notice.set(new Notice("error.open", outcome.problem())));
            }
        });
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /**
     * How the screen words a problem's reason ({@link ProblemReasonText}): the filter finds a problem by the words
     * shown as well as by the reason as the indexer wrote it.
     */
    public void showReasonsAs(java.util.function.UnaryOperator<String> shown) {
        reasonShown = shown;
        applyProblemFilter();
    }

    private void applyProblemFilter() {
        String text = problemText.get() == null ? "" : problemText.get().strip().toLowerCase(Locale.ROOT);
        SourceStatus status = problemStatus.get();
        visibleProblems.setPredicate(p -> (status == null || p.status() == status)
                && (text.isEmpty() || p.path().toLowerCase(Locale.ROOT).contains(text)
                || (p.reason() != null && (p.reason().toLowerCase(Locale.ROOT).contains(text)
                || reasonShown.apply(p.reason()).toLowerCase(Locale.ROOT).contains(text)))));
    }

    private void fail(String key, Exception e) {
        LOG.warn("{}: {}", key, e.toString());
        ui.onUi(() -> notice.set(Notice.of(key, e)));
    }

    @Override
    public void close() {
        service.cancel();
        queries.shutdownNow();
        runs.shutdownNow();
    }
}
