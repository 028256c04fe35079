package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.conversation.Conversation;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The list of conversations: search, new, and per conversation rename, delete, export to Markdown. */
final class ConversationSidebar extends VBox {

    private final ChatViewModel chat;
    private final ConversationsViewModel model;
    private final ChatTexts texts;
    private final ListView<ConversationRow> list = new ListView<>();

    ConversationSidebar(ChatViewModel chat, ChatTexts texts) {
        this.chat = chat;
        this.model = chat.conversations();
        this.texts = texts;
        getStyleClass().add("conversation-sidebar");
        Label title = new Label(texts.get("conversations.title"));
        title.getStyleClass().add("sidebar-title");
        TextField search = new TextField();
        search.setPromptText(texts.get("conversations.search"));
        search.getStyleClass().add("conversation-search");
        search.textProperty().bindBidirectional(model.filterProperty());
        Button create = new Button(texts.get("conversations.new"));
        create.getStyleClass().add("new-conversation-button");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            chat.startNew();
        });
        list.setItems(model.rows());
        list.getStyleClass().add("conversation-list");
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.id().equals(chat.conversationIdProperty().get())) {
                chat.open(now.conversation());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label status = new Label();
        status.getStyleClass().add("sidebar-status");
        model.errorProperty().addListener((o, was, now) -> status.setText(
                now.isEmpty() ? "" : texts.format("conversations.error", now)));
        model.exportedProperty().addListener((o, was, now) -> status.setText(
                now == null ? "" : texts.format("conversations.exported", now)));
        getChildren().addAll(title, search, create, list, status);
    }

    private String titleOf(Conversation c) {
        return c.title().isBlank() ? texts.get("conversations.untitled") : c.title();
    }

    private void rename(Conversation c) {
        TextInputDialog dialog = new TextInputDialog(c.title());
        dialog.setTitle(texts.get("conversations.rename.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(texts.get("conversations.rename.prompt"));
        dialog.showAndWait().ifPresent(title -> model.rename(c, title));
    }

    private void delete(Conversation c) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, texts.format("conversations.delete.confirm",
                titleOf(c)), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            chat.delete(c);
        }
    }

    private void export(Conversation c) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("conversations.export.title"));
        chooser.setInitialFileName(titleOf(c).replaceAll("[\\\\/:*?\"<>|]", "_") + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                texts.get("conversations.export.filter"), "*.md"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(c, file.toPath());
        }
    }

    /** A conversation's title, with the matching words under it while searching. */
    private final class RowCell extends ListCell<ConversationRow> {

        RowCell() {
            // A cell as wide as the list, never wider: long titles wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConversationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            Label name = wrapped(new Label(titleOf(row.conversation())), "conversation-title");
            VBox box = new VBox(name);
            box.setMinWidth(0);
            if (!row.snippet().isEmpty()) {
                box.getChildren().add(wrapped(new Label(row.snippet()), "conversation-snippet"));
            }
            setText(null);
            setGraphic(box);
            setContextMenu(menu(row.conversation()));
        }

        private Label wrapped(Label label, String styleClass) {
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.setMinWidth(0);
            label.maxWidthProperty().bind(list.widthProperty().subtract(28));
            return label;
        }

        private ContextMenu menu(Conversation c) {
            MenuItem rename = new MenuItem(texts.get("conversations.rename"));
            rename.setOnAction(e -> rename(c));
            MenuItem export = new MenuItem(texts.get("conversations.export"));
            export.setOnAction(e -> export(c));
            MenuItem delete = new MenuItem(texts.get("conversations.delete"));
            delete.setOnAction(e -> delete(c));
            return new ContextMenu(rename, export, delete);
        }
    }
}
