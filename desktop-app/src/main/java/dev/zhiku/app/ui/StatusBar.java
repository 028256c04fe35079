package dev.zhiku.app.ui;

import dev.zhiku.core.IndexProgress;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line at the bottom of the window: indexing progress on the left, other background work (a switch of embedding
 * model) in the middle, the model in use on the right.
 */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm, Messages messages, javafx.beans.value.ObservableValue<String> background) {
        Label indexing = new Label();
        indexing.setId("status-indexing");
        indexing.textProperty().bind(Bindings.createStringBinding(() -> indexingText(vm, messages),
                messages.language(), vm.indexStateProperty(), vm.progressProperty()));
        Label model = new Label();
        model.setId("status-model");
        model.textProperty().bind(Bindings.createStringBinding(() -> vm.modelNameProperty().get().isEmpty()
                        ? messages.text("status.model.none") : messages.format("status.model", vm.modelNameProperty()
                        .get()), messages.language(), vm.modelNameProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(indexing, gap);
        if (background != null) {
            Label work = new Label();
            work.setId("status-background");
            work.textProperty().bind(background);
            Region between = new Region();
            HBox.setHgrow(between, Priority.ALWAYS);
            getChildren().addAll(work, between);
        }
        getChildren().add(model);
        getStyleClass().add("status-bar");
    }

    private static String indexingText(MainViewModel vm, Messages m) {
        IndexProgress p = vm.progressProperty().get();
        return switch (vm.indexStateProperty().get()) {
            case IDLE -> m.text("status.ready");
            case FAILED -> m.text("status.indexFailed");
            case DONE -> m.format("status.indexed", p == null ? 0 : p.filesDone());
            case RUNNING -> p == null ? m.text("status.indexing.start") : switch (p.phase()) {
                case SCANNING -> m.text("status.scanning");
                case EMBEDDING -> m.format("status.embedding", p.passagesDone(), p.passagesTotal());
                case PAUSED -> m.text("status.paused");
                default -> m.format("status.indexing", p.filesDone(), p.filesTotal());
            };
        };
    }
}
