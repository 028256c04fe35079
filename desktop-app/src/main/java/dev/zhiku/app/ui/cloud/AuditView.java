package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.ThemeSwitcher;
import dev.zhiku.rag.cloud.AuditEntry;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The audit log: a table of the requests that left the PC (time, destination, model, tokens, outcome), the selected
 * request's exact payload below, and Export JSON…, Delete selected and Delete all (after a confirmation).
 */
public final class AuditView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final AuditViewModel vm;
    private final Messages messages;
    private final TableView<AuditEntry> table = new TableView<>();

    public AuditView(AuditViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("audit-view");
        getStyleClass().add("audit-view");
        getStylesheets().add(ConsentDialog.CSS);
        Label title = new Label(messages.text("audit.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(messages.text("audit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        VBox top = new VBox(4, title, intro);
        top.getStyleClass().add("audit-top");
        setTop(top);

        table.setId("audit-table");
        table.setItems(vm.entries());
        table.getColumns().setAll(java.util.List.of(
                column("audit.time", e -> TIME.format(e.at()), 150),
                column("audit.destination", e -> destination(e.endpoint()), 190),
                column("audit.model", AuditEntry::model, 150),
                column("audit.tokens", e -> e.promptTokens() + " / " + e.answerTokens(), 130),
                column("audit.outcome", e -> outcome(e.outcome()), 220)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.text("audit.empty"));
        empty.setId("audit-empty");
        empty.getStyleClass().add("audit-empty");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> vm.selectedProperty()
                .set(now));
        vm.selectedProperty().addListener((o, before, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        TextArea payload = new TextArea();
        payload.setId("audit-payload");
        payload.getStyleClass().add("audit-payload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.textProperty().bind(vm.payloadProperty());
        payload.promptTextProperty().set(messages.text("audit.payload.prompt"));
        SplitPane split = new SplitPane(table, payload);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(0, 18, 0, 18));
        setBottom(actions());
        vm.refresh();
    }

    /** The view's model (tests export through it instead of a file chooser). */
    public AuditViewModel viewModel() {
        return vm;
    }

    private Node actions() {
        Button export = new Button(messages.text("audit.export"));
        export.setId("audit-export");
        export.disableProperty().bind(vm.emptyProperty());
        export.setOnAction(e -> export());
        Button delete = new Button(messages.text("audit.delete"));
        delete.setId("audit-delete");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> vm.deleteSelected());
        Button deleteAll = new Button(messages.text("audit.deleteAll"));
        deleteAll.setId("audit-delete-all");
        deleteAll.getStyleClass().add("danger");
        deleteAll.disableProperty().bind(vm.emptyProperty());
        deleteAll.setOnAction(e -> confirmDeleteAll());
        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add("text-muted");
        vm.exportedProperty().addListener((o, before, now) -> status.setText(now == null ? ""
                : messages.format("audit.exported", now)));
        vm.failureProperty().addListener((o, before, now) -> status.setText(now == null ? ""
                : messages.format("audit.failed", firstLine(now))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(export, status, gap, delete, deleteAll);
        bar.getStyleClass().add("audit-actions");
        return bar;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("audit.export.title"));
        chooser.setInitialFileName("zhiku-audit.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.exportTo(file.toPath());
        }
    }

    private void confirmDeleteAll() {
        ButtonType delete = new ButtonType(messages.text("audit.deleteAll"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.text("audit.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.text("audit.deleteAll.undo"), keep,
                delete);
        confirm.setTitle(messages.text("audit.deleteAll"));
        confirm.setHeaderText(messages.format("audit.deleteAll.confirm", vm.entries().size()));
        confirm.getDialogPane().getStylesheets().addAll(ThemeSwitcher.APP_CSS, ConsentDialog.CSS);
        confirm.initOwner(getScene().getWindow());
        confirm.getDialogPane().lookupButton(delete).setId("audit-delete-all-confirm");
        confirm.getDialogPane().lookupButton(keep).setId("audit-delete-all-keep");
        ((Button) confirm.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == delete) {
                vm.deleteAll();
            }
        });
        confirm.show();
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Host and port of an endpoint, as the consent preview showed it. */
    static String destination(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            return uri.getHost() == null ? endpoint : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return endpoint;
        }
    }

    private String outcome(String outcome) {
        if (outcome.startsWith("failed: ")) {
            return messages.format("audit.outcome.failed", outcome.substring("failed: ".length()));
        }
        return switch (outcome) {
            case "answered", "stopped", "sending" -> messages.text("audit.outcome." + outcome);
            default -> outcome;
        };
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.strip().lines().findFirst().orElse("");
    }
}
