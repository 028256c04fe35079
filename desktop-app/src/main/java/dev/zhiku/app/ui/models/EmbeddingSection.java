package dev.zhiku.app.ui.models;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.indexer.catalog.VectorSet;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Embedding model" part of the Models panel: which model's vectors searches use, the switch's progress and time
 * left with Stop (or Resume for one left unfinished), the models to switch to, another server model by name, and
 * the reranker. Every text is bound to {@link Messages}, so a language switch re-labels it.
 */
final class EmbeddingSection {

    private static final javafx.css.PseudoClass ERROR = javafx.css.PseudoClass.getPseudoClass("error");

    private final EmbeddingsViewModel model;
    private final Messages texts;

    EmbeddingSection(EmbeddingsViewModel model, Messages texts) {
        this.model = model;
        this.texts = texts;
    }

    /** The whole part, title first. */
    VBox node() {
        Label title = new Label();
        title.textProperty().bind(texts.binding("embeddings.title"));
        title.getStyleClass().add("section-title");
        Label active = new Label();
        active.setId("embeddings-active");
        active.textProperty().bind(Bindings.createStringBinding(() -> texts.format(model.runningProperty().get()
                ? "embeddings.activeWhileSwitching" : "embeddings.active", model.activeProperty().get()),
                model.activeProperty(), model.runningProperty(), texts.language()));
        active.getStyleClass().add("model-detail");
        VBox box = new VBox(title, active, progressRow(), list(), otherModelRow(), rerankRow(), noticeLabel());
        box.getStyleClass().add("embeddings-section");
        box.setId("embeddings-section");
        return box;
    }

    private HBox progressRow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("embeddings-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(160);
        bar.setPrefWidth(240);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            VectorSet s = model.progressProperty().get();
            return s == null || s.total() <= 0 ? -1 : (double) s.done() / s.total();
        }, model.progressProperty()));
        Label line = new Label();
        line.setId("embeddings-progress-text");
        line.setMinWidth(0);
        line.textProperty().bind(Bindings.createStringBinding(() -> progressText(model.progressProperty().get()),
                model.progressProperty(), model.runningProperty(), model.etaProperty(), texts.language()));
        Button stop = button("embeddings.stop", "embeddings-stop");
        stop.setOnAction(e -> model.stop());
        stop.visibleProperty().bind(model.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Button resume = button("embeddings.resume", "embeddings-resume");
        resume.setOnAction(e -> model.resume());
        resume.visibleProperty().bind(model.unfinishedProperty().isNotNull().and(model.runningProperty().not()));
        resume.managedProperty().bind(resume.visibleProperty());
        HBox row = new HBox(line, bar, stop, resume);
        row.getStyleClass().add("download-row");
        row.visibleProperty().bind(model.progressProperty().isNotNull().or(model.runningProperty())
                .or(model.unfinishedProperty().isNotNull()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** "Switching to ollama/bge-m3: 120 of 480 passages (25%), about 40 s left", or why it is waiting. */
    private String progressText(VectorSet s) {
        if (s == null) {
            return model.runningProperty().get() ? texts.text("embeddings.starting") : "";
        }
        long percent = s.total() <= 0 ? 0 : s.done() * 100 / s.total();
        String key = model.runningProperty().get() ? "embeddings.progress" : "embeddings.progressStopped";
        return texts.format(key, s.id(), s.done(), s.total(), percent, eta(s));
    }

    private String eta(VectorSet s) {
        long seconds = model.etaProperty().get();
        if (seconds < 0) {
            return texts.text("embeddings.eta.unknown");
        }
        if (seconds < 120) {
            return texts.format("embeddings.eta.seconds", seconds);
        }
        if (seconds < 7200) {
            return texts.format("embeddings.eta.minutes", seconds / 60);
        }
        return texts.format("embeddings.eta.hours", String.format(java.util.Locale.ROOT, "%.1f", seconds / 3600.0));
    }

    private ListView<EmbeddingRow> list() {
        ListView<EmbeddingRow> list = ModelsView.list(model.rows(), "embeddings.none", texts.bundle(), r -> {
            Label name = new Label(r.target().isBundled() ? r.id() : r.target().model());
            name.getStyleClass().add("model-name");
            Button use = button(r.complete() || r.target().isBundled() ? "embeddings.useAgain" : "embeddings.use",
                    null);
            use.disableProperty().bind(model.runningProperty()
                    .or(Bindings.createBooleanBinding(() -> !r.choosable())));
            use.setOnAction(e -> model.switchTo(r));
            use.setVisible(!r.active()); // the searched model needs no button
            use.setManaged(!r.active());
            HBox row;
            if (r.removable() && !r.target().isBundled()) {
                Button remove = button("embeddings.remove", null);
                remove.disableProperty().bind(model.runningProperty());
                remove.setOnAction(e -> model.remove(r));
                row = ModelsView.row(name, "", use, remove);
            } else {
                row = ModelsView.row(name, "", use);
            }
            Label detail = (Label) row.getChildren().get(1);
            detail.textProperty().bind(Bindings.createStringBinding(() -> detail(r), texts.language(),
                    model.progressProperty()));
            if (r.active()) {
                Label badge = new Label();
                badge.textProperty().bind(texts.binding("embeddings.searched"));
                badge.getStyleClass().add("active-badge");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(1, badge);
            }
            return row;
        });
        Label empty = new Label();
        empty.textProperty().bind(texts.binding("embeddings.none"));
        list.setPlaceholder(empty);
        list.getStyleClass().add("embedding-list");
        list.setId("embeddings-list");
        list.setMinHeight(130);
        list.setPrefHeight(150);
        return list;
    }

    /** "bundled · 512 dimensions · complete", "on ollama · 1024 dimensions · 40% built", "… · not used yet". */
    private String detail(EmbeddingRow r) {
        String where = r.target().isBundled() ? texts.text("embeddings.bundled")
                : texts.format("embeddings.on", r.target().engine());
        VectorSet s = r.set();
        VectorSet building = model.progressProperty().get();
        if (building != null && building.id().equals(r.id())) {
            s = building; // the row follows the switch's progress
        }
        if (s == null) {
            if (r.target().isBundled()) {
                return where + " · " + texts.format("embeddings.dimensions",
                        dev.zhiku.app.Wiring.EMBEDDING_MODEL.dimension()) + " · " + texts.text("embeddings.complete");
            }
            return where + " · " + texts.text("embeddings.notUsed");
        }
        String state = s.state() == VectorSet.State.COMPLETE ? texts.text("embeddings.complete")
                : texts.format("embeddings.partial", s.total() <= 0 ? 0 : s.done() * 100 / s.total());
        String unavailable = r.available() ? "" : " · " + texts.text("embeddings.serverDown");
        return where + " · " + texts.format("embeddings.dimensions", s.dimension()) + " · " + state + unavailable;
    }

    /** Another model of a server, by name (with the query instruction some models want). */
    private HBox otherModelRow() {
        Label label = new Label();
        label.textProperty().bind(texts.binding("embeddings.other"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> server = serverBox("embeddings-other-server");
        TextField name = field("embeddings.other.model", "embeddings-other-model");
        TextField prefix = field("embeddings.other.prefix", "embeddings-other-prefix");
        HBox.setHgrow(prefix, Priority.ALWAYS);
        Button use = button("embeddings.use", "embeddings-other-use");
        use.disableProperty().bind(model.runningProperty().or(server.valueProperty().isNull())
                .or(name.textProperty().isEmpty()));
        use.setOnAction(e -> model.switchTo(new EmbeddingTarget(server.getValue(), name.getText(),
                prefix.getText())));
        HBox row = new HBox(label, server, name, prefix, use);
        row.getStyleClass().add("model-row");
        return row;
    }

    private HBox rerankRow() {
        Label state = new Label();
        state.setId("embeddings-reranker");
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> model.rerankerProperty().get().isEmpty()
                ? texts.text("embeddings.rerank.off") : texts.format("embeddings.rerank.on",
                model.rerankerProperty().get()), model.rerankerProperty(), texts.language()));
        ComboBox<String> server = serverBox("embeddings-rerank-server");
        TextField name = field("embeddings.rerank.model", "embeddings-rerank-model");
        model.rerankModels().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (name.getText().isEmpty() && !model.rerankModels().isEmpty()) {
                String[] first = model.rerankModels().getFirst().split(" · ", 2);
                server.setValue(first[0]);
                name.setText(first[1]);
            }
        });
        Button on = button("embeddings.rerank.turnOn", "embeddings-rerank-on");
        on.disableProperty().bind(server.valueProperty().isNull().or(name.textProperty().isEmpty()));
        on.setOnAction(e -> model.rerank(server.getValue(), name.getText()));
        Button off = button("embeddings.rerank.turnOff", "embeddings-rerank-off");
        off.disableProperty().bind(model.rerankerProperty().isEmpty());
        off.setOnAction(e -> model.rerankOff());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(state, spacer, server, name, on, off);
        row.getStyleClass().add("model-row");
        return row;
    }

    private ComboBox<String> serverBox(String id) {
        ComboBox<String> box = new ComboBox<>(model.servers());
        box.setId(id);
        box.promptTextProperty().bind(texts.binding("embeddings.server"));
        box.setMinWidth(Region.USE_PREF_SIZE);
        model.servers().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (box.getValue() == null && !model.servers().isEmpty()) {
                box.setValue(model.servers().getFirst());
            }
        });
        return box;
    }

    private TextField field(String promptKey, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.promptTextProperty().bind(texts.binding(promptKey));
        f.setPrefColumnCount(14);
        return f;
    }

    private Button button(String key, String id) {
        Button b = new Button();
        b.textProperty().bind(texts.binding(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (id != null) {
            b.setId(id);
        }
        return b;
    }

    private Node noticeLabel() {
        Label label = new Label();
        label.setId("embeddings-notice");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            Notice n = model.noticeProperty().get();
            if (n == null) {
                return "";
            }
            String text = texts.text(n.key());
            return text.contains("{0}") ? texts.format(n.key(), n.detail())
                    : text + (n.detail().isEmpty() ? "" : ": " + n.detail());
        }, model.noticeProperty(), texts.language()));
        label.getStyleClass().add("embeddings-notice");
        model.noticeProperty().addListener((obs, old, now) -> label.pseudoClassStateChanged(ERROR,
                now != null && now.key().startsWith("embeddings.error.")));
        return label;
    }
}
