package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Citation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Shows the passage behind a citation: file, page, path, the cited words highlighted in their surroundings. */
final class SourcePanel extends VBox {

    private final SourceViewModel model;
    private final ChatTexts texts;
    private final Label fileName = styled(new Label(), "source-file");
    private final Label page = styled(new Label(), "source-page");
    private final Label path = styled(new Label(), "source-path");
    private final Label error = styled(new Label(), "source-error");
    private final Text before = text("md-text-node");
    private final Text highlight = text("source-highlight");
    private final Text after = text("md-text-node");

    SourcePanel(SourceViewModel model, ChatTexts texts) {
        this.model = model;
        this.texts = texts;
        getStyleClass().add("source-panel");
        Label title = styled(new Label(texts.get("source.title")), "sidebar-title");
        TextFlow passage = new TextFlow(before, highlight, after);
        passage.getStyleClass().add("source-text");
        ScrollPane scroll = new ScrollPane(passage);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button open = new Button(texts.get("source.open"));
        open.getStyleClass().add("open-file-button");
        open.setOnAction(e -> model.openFile());
        Button close = new Button(texts.get("source.close"));
        close.getStyleClass().add("close-source-button");
        close.setOnAction(e -> model.close());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        getChildren().addAll(title, fileName, page, path, scroll, error, new HBox(8, open, close));
        model.citationProperty().addListener((o, was, now) -> showCitation(now));
        model.excerptProperty().addListener((o, was, now) -> showExcerpt(now));
        model.openErrorProperty().addListener((o, was, now) -> error.setText(
                now == null || now.isEmpty() ? "" : texts.format("source.openFailed", now)));
    }

    private void showCitation(Citation c) {
        if (c == null) {
            return;
        }
        fileName.setText("[" + c.number() + "] " + model.fileNameProperty().get());
        page.setText(c.page() > 0 ? texts.format("source.page", c.page()) : "");
        page.setManaged(c.page() > 0);
        path.setText(c.displayPath());
        error.setText("");
    }

    private void showExcerpt(SourceExcerpt excerpt) {
        before.setText(excerpt == null ? "" : excerpt.before());
        highlight.setText(excerpt == null ? "" : excerpt.highlighted());
        after.setText(excerpt == null ? "" : excerpt.after());
    }

    private static Text text(String styleClass) {
        Text text = new Text();
        text.getStyleClass().addAll("md-text-node", styleClass);
        return text;
    }

    private static <T extends Label> T styled(T label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
