package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.DaemonThreads;
import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.llm.catalog.ServerModel;
import dev.zhiku.llm.catalog.ServerModels;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineChoice;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the model servers part of the Models panel: each server's models, then the servers that are unavailable
 * (with why),
 * which one answers, and the current models that need such a server. Servers are asked on {@code zhiku-engines}.
 */
public final class EnginesViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnginesViewModel.class);

    private final EngineServices services;
    private final UiExecutor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("zhiku-engines"));
    private final ObservableList<ServerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ServerModel> newer = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public EnginesViewModel(EngineServices services, UiExecutor ui) {
        this.services = services;
        this.ui = ui;
    }

    /** Every server's models, and a row for each server that is unavailable. */
    public ObservableList<ServerRow> rows() {
        return rows;
    }

    /** Current models the bundled engine cannot load, each with the command that gets it into a server. */
    public ObservableList<ServerModel> newerModels() {
        return newer;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Asks every server for its models again. */
    public void refresh() {
        worker.execute(() -> {
            try {
                List<ServerModel> catalog = ServerModels.bundled();
                Optional<EngineChoice> active = services.engines().active();
                List<ServerRow> found = new ArrayList<>();
                List<ServerRow> unavailable = new ArrayList<>();
                for (Engine engine : services.engines().all()) {
                    EngineStatus status = services.probe().apply(engine);
                    if (!status.available() || status.models().isEmpty()) {
                        unavailable.add(new ServerRow(engine, null, status.why(), false));
                        continue;
                    }
                    for (EngineModel m : status.models()) {
                        found.add(new ServerRow(engine, m, dev.zhiku.rag.engine.EngineStatus.Problem.NONE, active.filter(c -> c.engine()
                                .equalsIgnoreCase(engine.name()) && c.model().equals(m.name())).isPresent()));
                    }
                }
                found.addAll(unavailable);
                ui.onUi(() -> {
                    rows.setAll(found);
                    newer.setAll(catalog);
                });
            } catch (RuntimeException e) {
                LOG.warn("could not list the model servers: {}", e.toString());
                ui.onUi(() -> notice.set(Notice.of("error.engines", e)));
            }
        });
    }

    /**
     * Makes answers come from this server model; one on the network that is not trusted is asked only through the
     * cloud path (answers stay extractive until the user asks it and agrees to the preview).
     */
    public void use(ServerRow row) {
        if (!row.choosable()) {
            return;
        }
        worker.execute(() -> {
            try {
                services.engines().setActive(new EngineChoice(row.engine().name(), row.model().name()));
                services.answeringChanged().run();
            } catch (RuntimeException e) {
                LOG.warn("could not choose {}: {}", row.model().name(), e.toString());
                ui.onUi(() -> notice.set(Notice.of("error.active", e)));
            }
        });
        refresh();
    }

    /** Answers come from the bundled engine again (the user chose an installed model). */
    public void useBundled() {
        worker.execute(() -> {
            services.engines().setActive(null);
            services.answeringChanged().run();
        });
        refresh();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
