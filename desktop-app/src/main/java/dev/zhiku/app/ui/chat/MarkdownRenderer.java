package dev.zhiku.app.ui.chat;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Turns an answer's Markdown into JavaFX nodes: {@link TextFlow}s for text, a {@link GridPane} for tables. Looks
 * come from {@code chat.css} (classes {@code md-*}).
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static VBox render(String markdown) {
        VBox box = new VBox();
        box.getStyleClass().add("markdown");
        for (MarkdownBlock block : MarkdownParser.parse(markdown)) {
            box.getChildren().add(node(block));
        }
        return box;
    }

    private static Node node(MarkdownBlock block) {
        return switch (block) {
            case MarkdownBlock.Paragraph p -> paragraph(p.lines());
            case MarkdownBlock.Heading h -> styled(flow(h.spans()), "md-heading", "md-h" + h.level());
            case MarkdownBlock.ListBlock l -> list(l);
            case MarkdownBlock.Code c -> code(c.code());
            case MarkdownBlock.Table t -> table(t.rows());
        };
    }

    private static Node paragraph(List<List<MarkdownSpan>> lines) {
        TextFlow flow = new TextFlow();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                flow.getChildren().add(text("\n", "md-text"));
            }
            addSpans(flow, lines.get(i));
        }
        return styled(flow, "md-paragraph");
    }

    private static Node list(MarkdownBlock.ListBlock list) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number = list.start();
        for (List<MarkdownSpan> item : list.items()) {
            Label marker = new Label(list.ordered() ? (number++) + "." : "•");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            TextFlow flow = flow(item);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox row = new HBox(marker, flow);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node code(String code) {
        TextFlow flow = new TextFlow(text(code, "md-code-text"));
        VBox box = new VBox(flow);
        box.getStyleClass().add("md-code-block");
        return box;
    }

    private static Node table(List<List<List<MarkdownSpan>>> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        for (int r = 0; r < rows.size(); r++) {
            List<List<MarkdownSpan>> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                TextFlow cell = styled(flow(cells.get(c)), "md-table-cell",
                        r == 0 ? "md-table-header" : "md-table-row");
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    private static TextFlow flow(List<MarkdownSpan> spans) {
        TextFlow flow = new TextFlow();
        addSpans(flow, spans);
        return flow;
    }

    private static void addSpans(TextFlow flow, List<MarkdownSpan> spans) {
        for (MarkdownSpan span : spans) {
            flow.getChildren().add(text(span.text(), switch (span.style()) {
                case PLAIN -> "md-text";
                case BOLD -> "md-bold";
                case CODE -> "md-code";
            }));
        }
    }

    private static Text text(String words, String styleClass) {
        Text text = new Text(words);
        text.getStyleClass().addAll("md-text-node", styleClass);
        return text;
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
