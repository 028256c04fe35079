package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.DaemonThreads;
import dev.zhiku.app.ui.knowledge.LatestOnly;
import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.llm.catalog.CatalogModel;
import dev.zhiku.llm.catalog.FitAssessment;
import dev.zhiku.llm.discovery.DiscoveredModel;
import dev.zhiku.llm.download.DownloadControl;
import dev.zhiku.llm.download.DownloadProgress;
import dev.zhiku.llm.download.DownloadRequest;
import dev.zhiku.llm.download.DownloadResult;
import dev.zhiku.llm.hardware.Hardware;
import dev.zhiku.llm.library.InstalledModel;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Models panel. Library, discovery and hardware calls run on {@code zhiku-models}; a download runs
 * on {@code zhiku-model-download}, one at a time, and stops through its {@link DownloadControl}.
 */
public final class ModelsViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelsViewModel.class);

    private final ModelServices services;
    private final UiExecutor ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("zhiku-models"));
    private final ExecutorService downloads =
            Executors.newSingleThreadExecutor(DaemonThreads.named("zhiku-model-download"));
    private final LatestOnly<DownloadProgress> progressRelay;

    private final ObservableList<InstalledModel> installed = FXCollections.observableArrayList();
    private final ObservableList<DiscoveredModel> discovered = FXCollections.observableArrayList();
    private final ObservableList<FitAssessment> recommendations = FXCollections.observableArrayList();
    private final ObjectProperty<Hardware> hardware = new SimpleObjectProperty<>();
    private final StringProperty downloading = new SimpleStringProperty();
    private final ObjectProperty<DownloadProgress> downloadProgress = new SimpleObjectProperty<>();
    private final ObjectProperty<DownloadResult.Status> lastDownload = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private volatile DownloadControl control;
    private final Runnable activeChanged;

    public ModelsViewModel(ModelServices services, UiExecutor ui) {
        this(services, ui, () -> { });
    }

    /** With {@code activeChanged} run (on the worker) after the user made an installed model the active one. */
    public ModelsViewModel(ModelServices services, UiExecutor ui, Runnable activeChanged) {
        this.services = services;
        this.ui = ui;
        this.activeChanged = activeChanged;
        this.progressRelay = new LatestOnly<>(ui, downloadProgress::set);
    }

    public ObservableList<InstalledModel> installed() {
        return installed;
    }

    public ObservableList<DiscoveredModel> discovered() {
        return discovered;
    }

    /** Catalog models judged for this machine, best fit and fastest first. */
    public ObservableList<FitAssessment> recommendations() {
        return recommendations;
    }

    public ReadOnlyObjectProperty<Hardware> hardwareProperty() {
        return hardware;
    }

    /** Id of the catalog model being downloaded, or null. */
    public ReadOnlyStringProperty downloadingProperty() {
        return downloading;
    }

    public ReadOnlyObjectProperty<DownloadProgress> downloadProgressProperty() {
        return downloadProgress;
    }

    /** How the last download ended (null while none ended, or when it failed: see the notice). */
    public ReadOnlyObjectProperty<DownloadResult.Status> lastDownloadProperty() {
        return lastDownload;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Reloads installed and discovered models, then the recommendations (the hardware probe is slowest). */
    public void refresh() {
        worker.execute(() -> {
            attempt("error.library", () -> {
                List<InstalledModel> models = services.library().installed();
                ui.onUi(() -> installed.setAll(models));
            });
            attempt("error.discovery", () -> {
                List<DiscoveredModel> found = services.discovery().get();
                ui.onUi(() -> discovered.setAll(found));
            });
            attempt("error.hardware", () -> {
                Hardware hw = services.hardware().get();
                List<FitAssessment> fits = services.advisor().assessAll(services.catalog(), hw).stream()
                        .sorted(Comparator.comparing(FitAssessment::fit)
                                .thenComparing(Comparator.comparingDouble(FitAssessment::decodeTokensPerSecond)
                                        .reversed()))
                        .toList();
                ui.onUi(() -> {
                    hardware.set(hw);
                    recommendations.setAll(fits);
                });
            });
        });
    }

    private void reloadInstalled() {
        attempt("error.library", () -> {
            List<InstalledModel> models = services.library().installed();
            ui.onUi(() -> installed.setAll(models));
        });
    }

    /** Registers a model found on this PC where it is. */
    public void add(DiscoveredModel model) {
        worker.execute(() -> attempt("error.add", () -> {
            services.library().add(model.path());
            reloadInstalled();
        }));
    }

    public void remove(InstalledModel model) {
        worker.execute(() -> attempt("error.remove", () -> {
            services.library().remove(model.path().toString());
            reloadInstalled();
        }));
    }

    /** Makes answers use this model. */
    public void setActive(InstalledModel model) {
        worker.execute(() -> attempt("error.active", () -> {
            services.library().setActive(model.path().toString());
            activeChanged.run();
            reloadInstalled();
        }));
    }

    /** Downloads a catalog model into the library; refused while another download runs. */
    public void download(CatalogModel model) {
        if (control != null) {
            ui.onUi(() -> notice.set(new Notice("error.busy", downloading.get())));
            return;
        }
        DownloadControl mine = new DownloadControl();
        control = mine;
        ui.onUi(() -> {
            downloading.set(model.id());
            downloadProgress.set(null);
            lastDownload.set(null);
        });
        downloads.execute(() -> {
            try {
                DownloadRequest request = new DownloadRequest(services.mirror().downloadUri(model),
                        services.library().downloadTarget(model.fileName()),
                        model.sizeApproximate() ? null : model.sizeBytes(), model.sha256());
                DownloadResult result = services.downloader().download(request, progressRelay::offer, mine);
                ui.onUi(() -> lastDownload.set(result.status()));
                reloadInstalled();
            } catch (RuntimeException e) {
                fail("error.download", e);
            } finally {
                control = null;
                ui.onUi(() -> downloading.set(null));
            }
        });
    }

    public void cancelDownload() {
        DownloadControl c = control;
        if (c != null) {
            c.cancel();
        }
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private void attempt(String key, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            fail(key, e);
        }
    }

    private void fail(String key, RuntimeException e) {
        LOG.warn("{}: {}", key, e.toString());
        ui.onUi(() -> notice.set(Notice.of(key, e)));
    }

    /** Stops background work and waits briefly for it, so nothing writes into the models folder afterwards. */
    @Override
    public void close() {
        cancelDownload();
        worker.shutdownNow();
        downloads.shutdownNow();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            downloads.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
