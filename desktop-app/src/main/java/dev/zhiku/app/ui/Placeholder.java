package dev.zhiku.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Stands in for a screen that is not wired yet: its name and a short note, both following the language. */
final class Placeholder {

    private Placeholder() {
    }

    static Node of(Screen screen, Messages messages) {
        Label title = new Label();
        title.textProperty().bind(messages.binding(screen.labelKey()));
        title.getStyleClass().add("title-2");
        Label note = new Label();
        note.textProperty().bind(messages.binding("placeholder.note"));
        note.getStyleClass().add("text-muted");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, title, note);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("placeholder");
        pane.setId("placeholder-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        return pane;
    }
}
