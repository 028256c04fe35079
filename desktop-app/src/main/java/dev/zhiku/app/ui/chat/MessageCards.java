package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.util.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Builds the node of one {@link ChatItem}: a bubble for a question, a card for an answer. */
final class MessageCards {

    private final ChatViewModel model;
    private final ChatTexts texts;
    private final CloudCards cloudCards;

    MessageCards(ChatViewModel model, ChatTexts texts) {
        this.model = model;
        this.texts = texts;
        this.cloudCards = new CloudCards(model, texts);
    }

    Node build(ChatItem item) {
        return item.kind() == ChatItem.Kind.QUESTION ? question(item) : answer(item);
    }

    private Node question(ChatItem item) {
        TextFlow words = new TextFlow(new Text(item.text()));
        words.getChildren().getFirst().getStyleClass().add("md-text-node");
        VBox bubble = new VBox(words);
        bubble.getStyleClass().add("user-bubble");
        HBox row = new HBox(spacer(), bubble);
        row.getStyleClass().add("user-row");
        return row;
    }

    private Node answer(ChatItem item) {
        VBox card = new VBox();
        card.getStyleClass().add("answer-card");
        if (item.kind() == ChatItem.Kind.MEMORY) {
            card.getStyleClass().add("memory-card");
        }
        boolean fromCloud = item.route() == Route.CLOUD;
        if (fromCloud) {
            card.getStyleClass().add("cloud-card");
            VBox.setMargin(card, new Insets(0, 0, 0, 32));
            cloudCards.why(item).ifPresent(card.getChildren()::add);
        }
        if (item.state() == ChatItem.State.STREAMING && item.text().isEmpty()) {
            card.getChildren().add(status(fromCloud ? texts.format("cloud.waiting", item.model())
                    : texts.get("answer.thinking")));
        } else {
            card.getChildren().add(MarkdownRenderer.render(item.text()));
        }
        if (item.unsupported()) {
            card.getStyleClass().add("unsupported");
        }
        if (item.noDocuments()) {
            card.getChildren().add(MarkdownRenderer.render(texts.get("answer.noDocuments")));
        } else if (item.state() == ChatItem.State.FAILED) {
            card.getStyleClass().add("failed");
            Text error = new Text(texts.format("answer.failed", item.error()));
            error.getStyleClass().addAll("md-text-node", "answer-error");
            card.getChildren().add(new TextFlow(error));
        }
        if (!item.citations().isEmpty()) {
            card.getChildren().add(chips(item.citations()));
        }
        if (item.abstained()) {
            cloudCards.prominentButton(item).ifPresent(card.getChildren()::add);
        }
        card.getChildren().add(meta(item));
        cloudCards.notice(item).ifPresent(card.getChildren()::add);
        return card;
    }

    private Node chips(List<Citation> citations) {
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("citation-chips");
        for (CitationGroups.Group group : CitationGroups.of(citations)) {
            Citation c = group.main();
            Button chip = new Button(chipText(group));
            chip.getStyleClass().add("citation-chip");
            chip.setUserData(c);
            chip.setWrapText(true);
            chip.setMaxWidth(360);
            chip.setTooltip(preview(c));
            chip.setOnAction(e -> model.sources().show(c));
            HBox box = new HBox(4, chip);
            box.getStyleClass().add("citation-chip-group");
            for (Citation place : group.places()) {
                Button at = new Button("[" + place.number() + "]"
                        + (place.page() > 0 && place.page() != c.page() ? " " + texts.format("chip.page", place.page())
                        : ""));
                at.getStyleClass().addAll("citation-place", "flat");
                at.setUserData(place);
                at.setTooltip(preview(place));
                at.setAccessibleText(texts.format("chip.place", place.number(), CitationGroups.fileName(place.path())));
                at.setOnAction(e -> model.sources().show(place));
                box.getChildren().add(at);
            }
            if (!c.alsoIn().isEmpty()) {
                // the same passage in other files, folded by retrieval: named, not offered as sources of their own
                Label copies = new Label(texts.format("chip.alsoInFiles", c.alsoIn().size()));
                copies.getStyleClass().add("citation-also-files");
                Tooltip where = new Tooltip(String.join("\n", c.alsoIn()));
                where.setWrapText(true);
                where.setMaxWidth(520);
                copies.setTooltip(where);
                box.getChildren().add(copies);
            }
            for (Citation copy : group.copies()) {
                Button also = new Button(texts.format("chip.alsoIn", CitationGroups.fileName(copy.path())
                        + (copy.page() > 0 ? " · " + texts.format("chip.page", copy.page()) : "")));
                also.getStyleClass().addAll("citation-also", "flat");
                also.setUserData(copy);
                also.setWrapText(true);
                also.setMaxWidth(300);
                also.setTooltip(preview(copy));
                also.setOnAction(e -> model.sources().show(copy));
                box.getChildren().add(also);
            }
            chips.getChildren().add(box);
        }
        return chips;
    }

    /** "[1] report.pdf · p. 3", "[1, 4] report.docx" when copies are folded in. */
    private String chipText(CitationGroups.Group group) {
        Citation c = group.main();
        // further places of the same file have their own small buttons beside the chip, so only copies join here
        List<Integer> shown = new ArrayList<>(List.of(c.number()));
        group.copies().forEach(copy -> shown.add(copy.number()));
        String numbers = shown.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String page = c.page() > 0 ? " · " + texts.format("chip.page", c.page()) : "";
        return "[" + numbers + "] " + CitationGroups.fileName(c.path()) + page;
    }

    private Tooltip preview(Citation c) {
        String snippet = c.snippet() == null ? "" : c.snippet().strip();
        String shown = snippet.length() > 400 ? snippet.substring(0, 400) + "…" : snippet;
        Tooltip tip = new Tooltip("“" + shown + "”\n" + c.displayPath());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        tip.getStyleClass().add("citation-preview");
        return tip;
    }

    private Node meta(ChatItem item) {
        List<Node> parts = new ArrayList<>();
        if (item.kind() == ChatItem.Kind.MEMORY) {
            parts.add(label(texts.get("answer.memory"), "route-label"));
        } else if (item.route() == Route.CLOUD && !item.model().isEmpty()) {
            parts.add(label(texts.format("cloud.route", item.model()), "route-label"));
        } else if (item.route() == Route.LOCAL && item.model().contains(" · ")) {
            // written by a model server's model: "Ollama · qwen3.5:4b"
            parts.add(label(item.model(), "route-label"));
        } else if (item.route() != null) {
            parts.add(label(routeName(item.route()), "route-label"));
        }
        if (item.abstained()) {
            parts.add(label(texts.get("answer.abstained"), "abstained-label"));
        }
        if (item.unsupported()) {
            parts.add(label(texts.get("answer.unsupported"), "unsupported-label"));
        }
        if (item.firstTokenMillis() >= 0) {
            parts.add(label(texts.format("answer.firstToken", seconds(item.firstTokenMillis())), "first-token"));
        } else if (item.totalMillis() >= 0) {
            parts.add(label(texts.format("answer.total", seconds(item.totalMillis())), "total-time"));
        }
        if (item.tokensPerSecond() > 0) {
            parts.add(label(texts.format("answer.speed",
                    String.format(Locale.ROOT, "%.1f", item.tokensPerSecond())), "tokens-per-second"));
        }
        if (item.state() == ChatItem.State.STOPPED) {
            parts.add(label(texts.get("answer.stopped"), "stopped-label"));
        }
        List<Node> actions = new ArrayList<>();
        if (!item.abstained()) {
            cloudCards.smallButton(item).ifPresent(actions::add);
        }
        if (!item.isStreaming()) {
            Button copy = new Button(texts.get("chat.copy"));
            copy.getStyleClass().addAll("copy-button", "flat");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(model.copyText(item));
                Clipboard.getSystemClipboard().setContent(content);
            });
            actions.add(copy);
        }
        // The labels wrap onto a second line rather than being cut ("From your docu…") when the card narrows.
        parts.forEach(MessageCards::keepWhole);
        actions.forEach(MessageCards::keepWhole);
        FlowPane labels = new FlowPane(10, 2);
        labels.getChildren().addAll(parts);
        labels.getStyleClass().add("answer-meta-labels");
        labels.setMinWidth(0);
        labels.setPrefWrapLength(200);
        HBox.setHgrow(labels, Priority.ALWAYS);
        HBox buttons = new HBox(6);
        buttons.getChildren().addAll(actions);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.getStyleClass().add("answer-meta-actions");
        HBox meta = new HBox(10, labels, buttons);
        meta.getStyleClass().add("answer-meta");
        return meta;
    }

    private String routeName(Route route) {
        return texts.get("answer.route." + route.name().toLowerCase(Locale.ROOT));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label status(String text) {
        return label(text, "answer-status");
    }

    private static void keepWhole(Node node) {
        if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
