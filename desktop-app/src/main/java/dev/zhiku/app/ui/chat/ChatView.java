package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.source.SourceDock;
import dev.zhiku.app.ui.source.SourceViewerView;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chat screen: conversations on the left, messages in the middle with the input box under them, the source
 * viewer on the right (resizable, detachable) when a chip is clicked. Binds to a {@link ChatViewModel}; create on
 * the FX thread.
 */
public final class ChatView extends BorderPane {

    private final ChatViewModel model;
    private final MessageCards cards;
    private final VBox messages = new VBox();
    private final ScrollPane scroll = new ScrollPane(messages);
    private final TextArea input = new TextArea();

    public ChatView(ChatViewModel model, ResourceBundle bundle) {
        this.model = model;
        ChatTexts texts = new ChatTexts(bundle);
        this.cards = new MessageCards(model, texts);
        getStyleClass().add("chat-view");
        getStylesheets().add(ChatView.class.getResource("chat.css").toExternalForm());
        setLeft(new ConversationSidebar(model, texts));
        ResourceBundle viewerWords = SourceViewerView.bundle(bundle.getLocale());
        SourceViewerView viewer = new SourceViewerView(model.sources(), viewerWords);
        setCenter(new SourceDock(center(texts), viewer, model.sources(), viewerWords.getString("viewer.window")));
        model.items().addListener(this::itemsChanged);
        messages.getChildren().setAll(model.items().stream().map(cards::build).toList());
    }

    /** The input box (for focus and tests). */
    public TextArea input() {
        return input;
    }

    private Node center(ChatTexts texts) {
        messages.getStyleClass().add("chat-messages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chat-scroll");
        messages.heightProperty().addListener((o, before, now) -> scroll.setVvalue(1.0));
        Label empty = new Label(texts.get("chat.empty"));
        empty.getStyleClass().add("chat-empty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(model.items()));
        StackPane body = new StackPane(scroll, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        return new VBox(body, inputBar(texts));
    }

    private Node inputBar(ChatTexts texts) {
        input.setPromptText(texts.get("chat.input.prompt"));
        input.setWrapText(true);
        input.getStyleClass().add("chat-input");
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Button send = new Button(texts.get("chat.send"));
        send.getStyleClass().addAll("send-button", "accent");
        send.setDefaultButton(false);
        send.disableProperty().bind(model.busyProperty());
        send.setOnAction(e -> submit());
        Button stop = new Button(texts.get("chat.stop"));
        stop.getStyleClass().add("stop-button");
        stop.disableProperty().bind(model.busyProperty().not());
        stop.setOnAction(e -> model.stop());
        Button regenerate = new Button(texts.get("chat.regenerate"));
        regenerate.getStyleClass().add("regenerate-button");
        regenerate.disableProperty().bind(model.canRegenerateProperty().not());
        regenerate.setOnAction(e -> model.regenerate());
        VBox buttons = new VBox(send, stop, regenerate);
        buttons.getStyleClass().add("chat-buttons");
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox bar = new HBox(input, buttons);
        bar.getStyleClass().add("chat-input-bar");
        return bar;
    }

    /** Enter sends; Shift+Enter starts a new line. */
    private void onKey(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        e.consume();
        if (e.isShiftDown()) {
            input.insertText(input.getCaretPosition(), "\n");
        } else {
            submit();
        }
    }

    private void submit() {
        if (model.send(input.getText())) {
            input.clear();
        }
    }

    private void itemsChanged(ListChangeListener.Change<? extends ChatItem> change) {
        while (change.next()) {
            if (change.wasPermutated()) {
                messages.getChildren().setAll(model.items().stream().map(cards::build).toList());
                continue;
            }
            if (change.wasRemoved()) {
                messages.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                List<Node> added = change.getAddedSubList().stream().map(cards::build).toList();
                messages.getChildren().addAll(change.getFrom(), added);
            }
        }
    }
}
