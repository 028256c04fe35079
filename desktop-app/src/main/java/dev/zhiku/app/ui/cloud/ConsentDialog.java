package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.ThemeSwitcher;
import dev.zhiku.app.ui.chat.ConsentDecision;
import dev.zhiku.app.ui.chat.ConsentPrompt;
import dev.zhiku.rag.cloud.CloudRequest;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Send to cloud?": where the request goes, which model, how many tokens, what was replaced and what was left out,
 * and the exact text that would leave the PC. Send, Edit (then Review) and Cancel; "Allow for this conversation".
 * Binds to a {@link ConsentViewModel}; create on the FX thread.
 */
public final class ConsentDialog extends Dialog<ConsentDecision> {

    static final String CSS = Objects.requireNonNull(ConsentDialog.class.getResource("cloud.css")).toExternalForm();

    private final ConsentViewModel vm;
    private final Messages messages;

    public ConsentDialog(ConsentViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setTitle(messages.text("consent.title"));
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        getDialogPane().getStylesheets().addAll(ThemeSwitcher.APP_CSS, CSS);
        getDialogPane().getStyleClass().add("consent-dialog");
        getDialogPane().setId("consent-dialog");
        ButtonType send = new ButtonType(messages.text("consent.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType edit = new ButtonType(messages.text("consent.edit"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(messages.text("consent.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(edit, cancel, send);
        getDialogPane().setContent(content());
        Button sendButton = (Button) getDialogPane().lookupButton(send);
        sendButton.setId("consent-send");
        sendButton.setDefaultButton(false);
        sendButton.getStyleClass().add("accent");
        sendButton.disableProperty().bind(vm.editingProperty());
        Button editButton = (Button) getDialogPane().lookupButton(edit);
        editButton.setId("consent-edit");
        editButton.textProperty().bind(Bindings.when(vm.editingProperty())
                .then(messages.text("consent.review")).otherwise(messages.text("consent.edit")));
        editButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (vm.editingProperty().get()) {
                vm.review();
            } else {
                vm.edit();
            }
        });
        Button cancelButton = (Button) getDialogPane().lookupButton(cancel);
        cancelButton.setId("consent-cancel");
        cancelButton.setCancelButton(true);
        setResultConverter(type -> type == send ? vm.send() : vm.cancel());
    }

    /**
     * The chat's consent prompt: this dialog over the window of {@code owner}, window-modal, not blocking the caller.
     *
     * @param editor the escalator's edit (redacts an edited user message again)
     */
    public static ConsentPrompt prompt(Messages messages, Supplier<Window> owner,
                                       BiFunction<CloudRequest, String, CloudRequest> editor) {
        return (request, decision) -> {
            ConsentDialog dialog = new ConsentDialog(new ConsentViewModel(request, editor), messages);
            Window window = owner.get();
            if (window != null) {
                dialog.initOwner(window);
            }
            dialog.setOnHidden(e -> decision.accept(dialog.getResult() == null ? ConsentDecision.cancelled(request)
                    : dialog.getResult()));
            dialog.show();
        };
    }

    private Node content() {
        Label title = new Label(messages.text("consent.heading"));
        title.getStyleClass().addAll("title-3", "consent-heading");
        Label intro = new Label(messages.text("consent.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("consent-intro");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("consent-facts");
        Label destination = fact("consent-destination");
        Label model = fact("consent-model");
        Label size = fact("consent-tokens");
        Label replaced = fact("consent-redacted");
        Label withheld = fact("consent-private");
        int row = 0;
        facts.addRow(row++, name("consent.destination"), destination);
        facts.addRow(row++, name("consent.model"), model);
        facts.addRow(row++, name("consent.size"), size);
        facts.addRow(row++, name("consent.redaction"), replaced);
        facts.addRow(row, name("consent.private"), withheld);
        vm.requestProperty().addListener((o, before, now) -> describe(now, destination, model, size, replaced,
                withheld));
        describe(vm.request(), destination, model, size, replaced, withheld);

        Label payloadTitle = new Label();
        payloadTitle.getStyleClass().add("consent-payload-title");
        payloadTitle.setWrapText(true);
        payloadTitle.setMinHeight(Region.USE_PREF_SIZE);
        payloadTitle.textProperty().bind(Bindings.when(vm.editingProperty())
                .then(messages.text("consent.payload.editing")).otherwise(messages.text("consent.payload")));
        TextArea payload = new TextArea();
        payload.setId("consent-payload");
        payload.getStyleClass().add("consent-payload");
        payload.setWrapText(true);
        payload.setMinHeight(120);
        payload.textProperty().bindBidirectional(vm.textProperty());
        payload.editableProperty().bind(vm.editingProperty());
        vm.requestProperty().addListener((o, before, now) -> {
            if (now.edited()) {
                // After Review the edited part (the end of the user message) is what the person looks for.
                Platform.runLater(() -> payload.setScrollTop(Double.MAX_VALUE));
            }
        });
        VBox.setVgrow(payload, Priority.ALWAYS);

        Label edited = new Label(messages.text("consent.edited"));
        edited.getStyleClass().add("consent-edited");
        edited.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.request().edited() && !vm.editingProperty().get(), vm.requestProperty(),
                vm.editingProperty()));
        edited.managedProperty().bind(edited.visibleProperty());

        CheckBox allow = new CheckBox(messages.text("consent.allow"));
        allow.setId("consent-allow");
        allow.selectedProperty().bindBidirectional(vm.allowConversationProperty());
        VBox box = new VBox(title, intro, facts, payloadTitle, payload, edited, allow);
        box.getStyleClass().add("consent-content");
        return box;
    }

    private void describe(CloudRequest request, Label destination, Label model, Label size, Label replaced,
                          Label withheld) {
        destination.setText(request.destination());
        model.setText(request.model());
        size.setText(messages.format("consent.size.value", request.tokenEstimate(), request.sourcesSent()));
        replaced.setText(RedactionSummary.of(request.redactedCounts(), messages));
        withheld.setText(request.withheldPrivate() > 0
                ? messages.format("consent.private.value", request.withheldPrivate())
                : messages.text("consent.private.none"));
        withheld.getStyleClass().remove("consent-withheld");
        if (request.withheldPrivate() > 0) {
            withheld.getStyleClass().add("consent-withheld");
        }
    }

    private Label name(String key) {
        Label name = new Label(messages.text(key));
        name.getStyleClass().add("consent-fact-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    private static Label fact(String id) {
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.getStyleClass().add("consent-fact");
        return value;
    }
}
