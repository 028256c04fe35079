package dev.zhiku.app.ui.knowledge;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One folder: name, path, counts, state and the private badge; a context menu to change or remove it. */
final class FolderCell extends ListCell<FolderSummary> {

    private final KnowledgeViewModel model;
    private final ResourceBundle bundle;

    FolderCell(KnowledgeViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("folder-cell");
    }

    @Override
    protected void updateItem(FolderSummary folder, boolean empty) {
        super.updateItem(folder, empty);
        setText(null);
        if (empty || folder == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        Label name = new Label(folder.path().getFileName() == null ? folder.path().toString()
                : folder.path().getFileName().toString());
        name.getStyleClass().add("folder-name");
        HBox title = new HBox(name);
        title.getStyleClass().add("folder-title");
        if (folder.isPrivate()) {
            Label badge = new Label(bundle.getString("private.badge"));
            badge.getStyleClass().add("private-badge");
            badge.setTooltip(new Tooltip(bundle.getString("private.tooltip")));
            title.getChildren().add(badge);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label state = new Label(bundle.getString("state." + folder.state().name()));
        String stateClass = "state-" + folder.state().name().toLowerCase(java.util.Locale.ROOT);
        state.getStyleClass().addAll("folder-state", stateClass);
        title.getChildren().addAll(spacer, state);
        Label path = new Label(folder.path().toString());
        path.getStyleClass().add("folder-path");
        Label counts = new Label(MessageFormat.format(bundle.getString("folder.counts"), folder.total(),
                folder.indexed(), folder.queued(), folder.failed(), folder.skipped()));
        counts.getStyleClass().add("folder-counts");
        setGraphic(new VBox(title, path, counts));
        setContextMenu(menu(folder));
    }

    private ContextMenu menu(FolderSummary folder) {
        MenuItem privacy = new MenuItem(bundle.getString(folder.isPrivate() ? "private.unmark" : "private.mark"));
        privacy.setOnAction(e -> model.setPrivate(folder, !folder.isPrivate()));
        MenuItem remove = new MenuItem(bundle.getString("folder.remove"));
        remove.setDisable(!model.canRemoveFolders());
        remove.setOnAction(e -> model.remove(folder));
        return new ContextMenu(privacy, remove);
    }
}
