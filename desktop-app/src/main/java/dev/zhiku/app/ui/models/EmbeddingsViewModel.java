package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.DaemonThreads;
import dev.zhiku.app.ui.knowledge.LatestOnly;
import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.rag.engine.EngineStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the "Embedding model" part of the Models panel: the bundled model, the sets the knowledge base has and
 * the embedding models of the servers Zhiku knows; the switch to one of them, run in the background on
 * {@code zhiku-embeddings} (searches keep using the old vectors until the new set is complete, then the window
 * searches with the new ones), with its progress and time left; the reranker.
 *
 * <p>At start ({@link #start}) a switch that was left unfinished because the window closed or the process died is
 * resumed by itself; one the user stopped stays stopped and is offered for resuming (docs/decisions/0044).
 */
public final class EmbeddingsViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingsViewModel.class);
    private static final String BUNDLED_ID = EmbeddingRows.BUNDLED_ID;

    private final EmbeddingServices services;
    private final UiExecutor ui;
    /** Reads (sets, servers) and the reranker choice; never blocked by a running switch. */
    private final ExecutorService reads =
            Executors.newSingleThreadExecutor(DaemonThreads.named("zhiku-embedding-list"));
    /** The switch and removals, one at a time. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.background(
            "zhiku-embeddings"));
    private final LatestOnly<VectorSet> progressRelay;

    private final ObservableList<EmbeddingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> servers = FXCollections.observableArrayList();
    private final ObservableList<String> rerankModels = FXCollections.observableArrayList();
    private final StringProperty active = new SimpleStringProperty(BUNDLED_ID);
    private final ObjectProperty<VectorSet> progress = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<VectorSet> unfinished = new SimpleObjectProperty<>();
    private final StringProperty reranker = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final LongProperty eta = new SimpleLongProperty(-1);
    private final SwitchEta etaOfRun = new SwitchEta(); // UI thread only
    private volatile IndexControl control;
    private volatile boolean closed;

    public EmbeddingsViewModel(EmbeddingServices services, UiExecutor ui) {
        this.services = services;
        this.ui = ui;
        this.progressRelay = new LatestOnly<>(ui, this::showProgress);
    }

    /** The bundled model, the sets the knowledge base has, then the servers' embedding models not used yet. */
    public ObservableList<EmbeddingRow> rows() {
        return rows;
    }

    /** Names of the servers that answered, for choosing a model by name. */
    public ObservableList<String> servers() {
        return servers;
    }

    /** Models of the servers that look like rerankers, as {@code server · model}. */
    public ObservableList<String> rerankModels() {
        return rerankModels;
    }

    /** The id of the model searches use. */
    public ReadOnlyStringProperty activeProperty() {
        return active;
    }

    /** The set being built and how far it is (null when none is being built or left unfinished). */
    public ReadOnlyObjectProperty<VectorSet> progressProperty() {
        return progress;
    }

    /** Whether a switch runs now. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** A set left unfinished that does not run now (the user stopped it, or it failed): it can be resumed. */
    public ReadOnlyObjectProperty<VectorSet> unfinishedProperty() {
        return unfinished;
    }

    /** The reranker as "server · model", or empty when passages keep the search's order. */
    public ReadOnlyStringProperty rerankerProperty() {
        return reranker;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /**
     * Seconds left of the running switch at the rate of this run (a resumed switch does not count the time it lay
     * stopped), or -1 while not known.
     */
    public ReadOnlyLongProperty etaProperty() {
        return eta;
    }

    /** On the UI thread: a step's progress, and the time left at the rate since this run's first step. */
    private void showProgress(VectorSet set) {
        progress.set(set);
        eta.set(etaOfRun.after(set, System.currentTimeMillis()));
    }

    /**
     * At the window's start: reads the sets and resumes a switch the process was killed or closed in the middle of;
     * one the user stopped is only shown, with Resume.
     */
    public void start() {
        reads.execute(() -> attempt("embeddings.error.list", () -> {
            if (!services.hasIndex()) {
                return;
            }
            VectorSets sets = services.sets();
            showSets(sets, List.of());
            Optional<VectorSet> left = sets.building();
            if (left.isEmpty()) {
                return;
            }
            VectorSet set = left.get();
            if (set.id().equals(services.stoppedSwitch())) {
                ui.onUi(() -> unfinished.set(set));
            } else {
                LOG.info("resuming the switch to {} left at {} of {} passages", set.id(), set.done(), set.total());
                ui.onUi(() -> notice.set(new Notice("embeddings.resumed", set.id())));
                begin(EmbeddingRows.targetOf(set));
            }
        }));
    }

    /** Reads the sets, asks every server for its models and the reranker choice. */
    public void refresh() {
        reads.execute(() -> attempt("embeddings.error.list", () -> {
            VectorSets sets = services.sets();
            showSets(sets, List.of());
            List<EngineStatus> found = services.servers();
            String[] chosen = services.reranker();
            List<String> answering = EmbeddingRows.answering(found);
            List<String> rerankers = EmbeddingRows.rerankers(found);
            ui.onUi(() -> {
                servers.setAll(answering);
                rerankModels.setAll(rerankers);
                reranker.set(chosen == null ? "" : chosen[0] + " · " + chosen[1]);
            });
            showSets(services.sets(), found);
        }));
    }

    private void showSets(VectorSets sets, List<EngineStatus> found) {
        List<EmbeddingRow> out = EmbeddingRows.of(sets, found);
        Optional<VectorSet> building = sets.building();
        ui.onUi(() -> {
            rows.setAll(out);
            active.set(sets.active());
            if (!running.get()) {
                progress.set(building.orElse(null));
                if (building.isEmpty()) {
                    unfinished.set(null);
                }
            }
        });
    }

    /** Switches searches to this row's model: builds its set in the background, then searches with it. */
    public void switchTo(EmbeddingRow row) {
        if (row.choosable()) {
            switchTo(row.target());
        }
    }

    /**
     * Switches searches to {@code target}'s model; refused while another switch runs. Searches keep using the old
     * vectors until every passage has one of the new model.
     */
    public void switchTo(EmbeddingTarget target) {
        if (!target.isBundled() && target.model().isEmpty()) {
            ui.onUi(() -> notice.set(new Notice("embeddings.error.noModel", "")));
            return;
        }
        begin(target);
    }

    /** Goes on with the switch left unfinished. */
    public void resume() {
        VectorSet left = unfinished.get();
        if (left != null) {
            begin(EmbeddingRows.targetOf(left));
        }
    }

    /** Stops the running switch after its current step; it stays stopped (also after a restart) until resumed. */
    public void stop() {
        IndexControl c = control;
        if (c != null) {
            c.cancel();
        }
    }

    private synchronized void begin(EmbeddingTarget target) {
        if (control != null) {
            ui.onUi(() -> notice.set(new Notice("embeddings.error.busy", "")));
            return;
        }
        IndexControl mine = new IndexControl();
        control = mine;
        ui.onUi(() -> {
            running.set(true);
            unfinished.set(null);
            etaOfRun.reset();
            eta.set(-1);
        });
        worker.execute(() -> run(target, mine));
    }

    private void run(EmbeddingTarget target, IndexControl mine) {
        VectorSet last = null;
        try {
            if (!services.hasIndex()) {
                throw new IllegalStateException("there is no knowledge base yet: add a folder in Knowledge first");
            }
            services.markStopped("");
            try (EmbeddingModel model = services.open(target)) {
                VectorSets sets = services.sets();
                if (sets.active().equals(model.id())) {
                    ui.onUi(() -> notice.set(new Notice("embeddings.already", model.id())));
                    return;
                }
                long now = System.currentTimeMillis();
                VectorSet registered = new VectorSet(model.id(), model.dimension(), target.engine(), target.model(),
                        target.queryPrefix(), VectorSet.State.BUILDING, 0, 0, now, now);
                do {
                    last = services.advance(model, registered, mine, progressRelay::offer);
                    progressRelay.offer(last);
                } while (last.state() == VectorSet.State.BUILDING && !mine.isCancelled());
                if (last.state() == VectorSet.State.COMPLETE) {
                    String id = last.id();
                    LOG.info("the window now searches with {}", id);
                    ui.onUi(() -> notice.set(new Notice("embeddings.switched", id)));
                } else if (!closed) {
                    // stopped by the user (a window that closes is interrupted and resumes at the next start)
                    services.markStopped(last.id());
                    VectorSet stopped = last;
                    ui.onUi(() -> {
                        unfinished.set(stopped);
                        notice.set(new Notice("embeddings.stopped", stopped.id()));
                    });
                }
            }
        } catch (Exception e) {
            LOG.warn("the switch to {} failed: {}", target.isBundled() ? BUNDLED_ID : target.model(), e.toString());
            VectorSet failed = last;
            ui.onUi(() -> {
                notice.set(Notice.of("embeddings.error.switch", e));
                if (failed != null && failed.state() == VectorSet.State.BUILDING) {
                    unfinished.set(failed);
                }
            });
        } finally {
            control = null;
            ui.onUi(() -> running.set(false));
            if (!closed) {
                reads.execute(() -> attempt("embeddings.error.list", () -> {
                    VectorSets sets = services.sets();
                    showSets(sets, List.of());
                    Optional<VectorSet> left = sets.building();
                    ui.onUi(() -> {
                        if (left.isPresent() && unfinished.get() == null) {
                            unfinished.set(left.get());
                        }
                    });
                }));
                refresh();
            }
        }
    }

    /** Deletes the vectors of this row's model (not the one searched). */
    public void remove(EmbeddingRow row) {
        if (!row.removable()) {
            return;
        }
        if (control != null) {
            ui.onUi(() -> notice.set(new Notice("embeddings.error.busy", "")));
            return;
        }
        worker.execute(() -> {
            attempt("embeddings.error.remove", () -> {
                try {
                    services.remove(row.id());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                ui.onUi(() -> notice.set(new Notice("embeddings.removed", row.id())));
            });
            refresh();
        });
    }

    /** Reorders the best hits of every search with {@code model} on {@code engine} (one test request first). */
    public void rerank(String engine, String model) {
        if (engine == null || engine.isBlank() || model == null || model.isBlank()) {
            ui.onUi(() -> notice.set(new Notice("embeddings.error.noModel", "")));
            return;
        }
        reads.execute(() -> attempt("embeddings.error.rerank", () -> {
            services.rerank(engine.strip(), model.strip());
            ui.onUi(() -> {
                reranker.set(engine.strip() + " · " + model.strip());
                notice.set(new Notice("embeddings.rerankOn", model.strip()));
            });
        }));
    }

    /** Passages keep the search's order again. */
    public void rerankOff() {
        reads.execute(() -> attempt("embeddings.error.rerank", () -> {
            services.rerank(null, "");
            ui.onUi(() -> {
                reranker.set("");
                notice.set(new Notice("embeddings.rerankOff", ""));
            });
        }));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private void attempt(String key, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", key, e.toString());
            ui.onUi(() -> notice.set(Notice.of(key, e)));
        }
    }

    /**
     * Stops a running switch after its current step (the window closes: it resumes at the next start) and waits for
     * it. The worker is not interrupted: an interrupt inside a Lucene write would close the index's files.
     */
    @Override
    public void close() {
        closed = true;
        IndexControl c = control;
        if (c != null) {
            c.cancel();
        }
        reads.shutdown(); // not interrupted either: it reads the catalog (H2 files)
        worker.shutdown();
        try {
            worker.awaitTermination(15, TimeUnit.SECONDS);
            reads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
