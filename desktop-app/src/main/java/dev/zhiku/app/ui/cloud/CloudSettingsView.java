package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.rag.cloud.CloudPreset;
import dev.zhiku.rag.cloud.EscalationPolicy;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings › Cloud: binds a {@link CloudSettingsViewModel}; texts follow language switches. */
public final class CloudSettingsView extends VBox {

    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    /**
     * @param openAudit opens the audit log of requests that left the PC
     */
    public CloudSettingsView(CloudSettingsViewModel vm, Messages messages, Runnable openAudit) {
        this.messages = messages;
        setId("settings-cloud");
        getStyleClass().addAll("settings", "cloud-settings");
        getStylesheets().add(ConsentDialog.CSS);
        Label title = text("cloud.title");
        title.getStyleClass().add("title-2");
        Label sent = text("cloud.sent");
        sent.setWrapText(true);
        sent.getStyleClass().addAll("text-muted", "cloud-what-is-sent");
        grid.getStyleClass().add("settings-grid");

        add("cloud.policy", policies(vm), null);

        ComboBox<CloudPreset> presets = new ComboBox<>();
        presets.setId("cloud-preset");
        presets.getItems().setAll(vm.presets());
        presets.promptTextProperty().bind(messages.binding("cloud.preset.prompt"));
        presets.setCellFactory(v -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        presets.valueProperty().addListener((o, before, now) -> vm.applyPreset(now));
        add("cloud.preset", presets, null);

        TextField address = new TextField();
        address.setId("cloud-base-uri");
        address.setPrefColumnCount(32);
        address.getStyleClass().add("cloud-field");
        address.textProperty().bindBidirectional(vm.baseUriProperty());
        address.setPromptText("https://api.example.com/v1");
        add("cloud.baseUri", address, "cloud.baseUri.hint");

        TextField model = new TextField();
        model.setId("cloud-model");
        model.textProperty().bindBidirectional(vm.modelProperty());
        model.getStyleClass().add("cloud-field");
        add("cloud.model", model, null);

        add("cloud.key", key(vm), "cloud.key.hint");

        TextArea terms = new TextArea();
        terms.setId("cloud-terms");
        terms.setPrefRowCount(3);
        terms.setPrefColumnCount(32);
        terms.getStyleClass().add("cloud-field");
        terms.textProperty().bindBidirectional(vm.redactTermsProperty());
        terms.promptTextProperty().bind(messages.binding("cloud.terms.prompt"));
        add("cloud.terms", terms, "cloud.terms.hint");

        Button save = new Button();
        save.setId("cloud-save");
        save.textProperty().bind(messages.binding("cloud.save"));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.workingProperty());
        save.setOnAction(e -> vm.save());
        Button audit = new Button();
        audit.setId("cloud-audit");
        audit.textProperty().bind(messages.binding("cloud.audit"));
        audit.setOnAction(e -> openAudit.run());
        Label feedback = new Label();
        feedback.setId("cloud-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(feedbackText(vm));
        feedback.getStyleClass().add("cloud-feedback");
        vm.feedbackProperty().addListener((o, before, now) -> {
            feedback.getStyleClass().removeAll("cloud-feedback-bad");
            if (now == CloudSettingsViewModel.Feedback.BAD_ADDRESS || now == CloudSettingsViewModel.Feedback.NO_MODEL
                    || now == CloudSettingsViewModel.Feedback.FAILED) {
                feedback.getStyleClass().add("cloud-feedback-bad");
            }
        });
        HBox actions = new HBox(save, audit, feedback);
        actions.getStyleClass().add("cloud-actions");
        getChildren().addAll(title, sent, grid, actions);
    }

    private Node policies(CloudSettingsViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox();
        box.getStyleClass().add("cloud-policies");
        for (EscalationPolicy p : EscalationPolicy.values()) {
            String code = p.name().toLowerCase(Locale.ROOT);
            RadioButton choice = new RadioButton();
            choice.setId("cloud-policy-" + code);
            choice.textProperty().bind(messages.binding("cloud.policy." + code));
            choice.setToggleGroup(group);
            choice.setUserData(p);
            choice.setSelected(vm.policyProperty().get() == p);
            choice.selectedProperty().addListener((o, before, now) -> {
                if (now) {
                    vm.policyProperty().set(p);
                }
            });
            vm.policyProperty().addListener((o, before, now) -> choice.setSelected(now == p));
            Label hint = text("cloud.policy." + code + ".hint");
            hint.setWrapText(true);
            hint.getStyleClass().addAll("text-muted", "setting-hint", "cloud-policy-hint");
            box.getChildren().add(new VBox(2, choice, hint));
        }
        return box;
    }

    private Node key(CloudSettingsViewModel vm) {
        PasswordField field = new PasswordField();
        field.setId("cloud-key");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(vm.apiKeyProperty());
        field.promptTextProperty().bind(messages.binding("cloud.key.prompt"));
        Label state = new Label();
        state.setId("cloud-key-state");
        state.textProperty().bind(Bindings.when(vm.keyStoredProperty()).then(messages.binding("cloud.key.stored"))
                .otherwise(messages.binding("cloud.key.none")));
        state.getStyleClass().add("cloud-key-state");
        Button remove = new Button();
        remove.setId("cloud-key-remove");
        remove.textProperty().bind(messages.binding("cloud.key.remove"));
        remove.disableProperty().bind(vm.keyStoredProperty().not().or(vm.workingProperty()));
        remove.setOnAction(e -> vm.removeKey());
        HBox box = new HBox(field, remove, state);
        box.getStyleClass().add("cloud-key-row");
        return box;
    }

    private StringBinding feedbackText(CloudSettingsViewModel vm) {
        return Bindings.createStringBinding(() -> switch (vm.feedbackProperty().get()) {
            case NONE -> "";
            case SAVED -> messages.text("cloud.saved");
            case KEY_REMOVED -> messages.text("cloud.key.removed");
            case NO_MODEL -> messages.text("cloud.problem.model");
            case BAD_ADDRESS -> messages.text("cloud.problem.address");
            case FAILED -> messages.format("cloud.problem.failed", vm.feedbackDetailProperty().get());
        }, vm.feedbackProperty(), vm.feedbackDetailProperty(), messages.language());
    }

    private Label text(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.binding(key));
        return l;
    }

    private void add(String key, Node control, String hintKey) {
        Label name = text(key);
        name.getStyleClass().addAll("setting-name", "cloud-setting-name");
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        if (hintKey == null) {
            grid.add(control, 1, row++);
            return;
        }
        Label hint = text(hintKey);
        hint.getStyleClass().addAll("text-muted", "setting-hint");
        hint.setWrapText(true);
        grid.add(new VBox(4, control, hint), 1, row++);
    }

    /** A service by its name, with "on this PC" for local servers. */
    private final class PresetCell extends ListCell<CloudPreset> {
        @Override
        protected void updateItem(CloudPreset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.local() ? messages.format("cloud.preset.local", item.name()) : item.name());
        }
    }
}
