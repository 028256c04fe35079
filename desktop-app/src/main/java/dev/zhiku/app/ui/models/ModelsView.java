package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.llm.catalog.FitAssessment;
import dev.zhiku.llm.discovery.DiscoveredModel;
import dev.zhiku.llm.library.InstalledModel;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Models panel: installed (active, can load, memory), found on this PC, recommended, download progress. */
public final class ModelsView extends ScrollPane {

    private final ModelsViewModel model;
    private final ResourceBundle bundle;

    public ModelsView(ModelsViewModel model, ResourceBundle bundle) {
        this(model, null, bundle);
    }

    /** The panel with the model servers part ({@code engines} may be null: no servers shown). */
    public ModelsView(ModelsViewModel model, EnginesViewModel engines, ResourceBundle bundle) {
        this(model, engines, null, null, bundle);
    }

    /**
     * The panel with the model servers part and the embedding model part ({@code embeddings} and {@code texts} may
     * be null: not shown).
     */
    public ModelsView(ModelsViewModel model, EnginesViewModel engines, EmbeddingsViewModel embeddings,
                      dev.zhiku.app.ui.Messages texts, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("models-view");
        getStylesheets().add(ModelsView.class.getResource("models.css").toExternalForm());
        setFitToWidth(true);
        setFitToHeight(true);
        ListView<FitAssessment> catalog = catalogList();
        VBox.setVgrow(catalog, Priority.ALWAYS);
        if (engines != null) {
            // with the servers' lists the panel scrolls rather than squeezing the catalog to one row
            catalog.setMinHeight(160);
        }
        VBox content = new VBox(title("installed.title"), installedList());
        ServerSection servers = engines == null ? null : new ServerSection(engines, bundle);
        if (servers != null) {
            content.getChildren().addAll(title("servers.title"), servers.serverList());
        }
        if (embeddings != null && texts != null) {
            content.getChildren().add(new EmbeddingSection(embeddings, texts).node());
            embeddings.refresh();
        }
        content.getChildren().addAll(title("discovered.title"), discoveredList(), title("catalog.title"),
                runsInZhiku(), downloadRow(), catalog);
        if (servers != null) {
            content.getChildren().addAll(title("newer.title"), servers.newerList());
            engines.refresh();
        }
        content.getChildren().add(noticeLabel());
        content.getStyleClass().add("models-content");
        setContent(content);
        model.refresh();
    }

    /** The bundle of this panel for a locale (Chinese for {@code zh}, English otherwise). */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle("dev.zhiku.app.ui.models.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private Label title(String key) {
        Label l = new Label(bundle.getString(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private Label runsInZhiku() {
        Label l = new Label(bundle.getString("catalog.runsInZhiku"));
        l.getStyleClass().add("model-detail");
        return l;
    }

    private ListView<InstalledModel> installedList() {
        return list(model.installed(), "installed.none", bundle, m -> {
            Button use = new Button(bundle.getString("installed.use"));
            use.setDisable(m.active() || !m.check().ok());
            use.setOnAction(e -> model.setActive(m));
            Button remove = new Button(bundle.getString("installed.remove"));
            remove.setOnAction(e -> model.remove(m));
            Label name = new Label(m.name());
            name.getStyleClass().add("model-name");
            HBox row = row(name, ModelRows.installed(m, bundle), use, remove);
            if (m.active()) {
                Label active = new Label(bundle.getString("installed.active"));
                active.getStyleClass().add("active-badge");
                row.getChildren().add(1, active);
            }
            return row;
        });
    }

    private ListView<DiscoveredModel> discoveredList() {
        return list(model.discovered(), "discovered.none", bundle, d -> {
            Button add = new Button(bundle.getString("discovered.add"));
            add.setDisable(d.facts().map(f -> !f.loadable()).orElse(false));
            add.setOnAction(e -> model.add(d));
            Label name = new Label(d.name());
            name.getStyleClass().add("model-name");
            return row(name, ModelRows.discovered(d, bundle), add);
        });
    }

    private ListView<FitAssessment> catalogList() {
        return list(model.recommendations(), "catalog.none", bundle, f -> {
            Button get = new Button(bundle.getString("catalog.download"));
            get.disableProperty().bind(model.downloadingProperty().isNotNull());
            get.setOnAction(e -> model.download(f.model()));
            Label name = new Label(f.model().displayName());
            name.getStyleClass().add("model-name");
            Label fit = new Label(ModelRows.fit(f, bundle));
            fit.getStyleClass().add("fit-" + f.fit().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            // The fit label says it all in the UI's language; the advisor's own reason is English-only.
            HBox row = row(name, "", get);
            fit.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(1, fit);
            return row;
        });
    }

    private HBox downloadRow() {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.downloadProgressProperty().get()
                == null ? -1 : model.downloadProgressProperty().get().fraction(), model.downloadProgressProperty()));
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> model.downloadProgressProperty().get() == null
                ? "" : ModelRows.gb(model.downloadProgressProperty().get().bytesDone()) + " GB",
                model.downloadProgressProperty()));
        Button cancel = new Button(bundle.getString("download.cancel"));
        cancel.setOnAction(e -> model.cancelDownload());
        HBox row = new HBox(bar, text, cancel);
        row.getStyleClass().add("download-row");
        row.visibleProperty().bind(model.downloadingProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    static HBox row(Label name, String detail, Node... actions) {
        Label d = new Label(detail);
        d.getStyleClass().add("model-detail");
        d.setMinWidth(0);
        HBox.setHgrow(d, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        name.setMinWidth(Region.USE_PREF_SIZE);
        for (Node action : actions) {
            if (action instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(name, d, spacer);
        row.getChildren().addAll(actions);
        row.getStyleClass().add("model-row");
        return row;
    }

    static <T> ListView<T> list(javafx.collections.ObservableList<T> items, String empty, ResourceBundle bundle,
                                Function<T, Node> cell) {
        ListView<T> list = new ListView<>(items);
        list.setPlaceholder(new Label(bundle.getString(empty)));
        list.getStyleClass().add("model-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(null);
                Node graphic = isEmpty || item == null ? null : cell.apply(item);
                if (graphic instanceof Region region) {
                    // Rows are as wide as the list, so their actions stay visible; the detail text shortens.
                    region.setMinWidth(0);
                    region.prefWidthProperty().bind(list.widthProperty().subtract(36));
                }
                setGraphic(graphic);
            }
        });
        return list;
    }

    private Label noticeLabel() {
        Label label = new Label();
        label.getStyleClass().add("notice-text");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            Notice n = model.noticeProperty().get();
            return n == null ? "" : bundle.getString(n.key()) + (n.detail().isEmpty() ? "" : ": " + n.detail());
        }, model.noticeProperty()));
        return label;
    }
}
