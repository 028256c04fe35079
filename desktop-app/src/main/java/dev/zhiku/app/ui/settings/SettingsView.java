package dev.zhiku.app.ui.settings;

import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The settings screen: language, theme, threads, context budget, data location, about. Binds only. */
public final class SettingsView extends VBox {

    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    public SettingsView(SettingsViewModel vm, Messages messages) {
        this.messages = messages;
        setId("settings");
        getStyleClass().add("settings");
        grid.getStyleClass().add("settings-grid");
        Label title = label("settings.title");
        title.getStyleClass().add("title-1");

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        add("settings.language", language, null);

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setCellFactory(v -> new ThemeCell());
        theme.setButtonCell(new ThemeCell());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        add("settings.theme", theme, null);

        Spinner<Integer> threads = new Spinner<>(0, 256, vm.threadsProperty().get());
        threads.setId("settings-threads");
        threads.setEditable(true);
        threads.valueProperty().addListener((obs, old, now) -> vm.threadsProperty().set(now));
        add("settings.threads", threads, "settings.threads.hint");

        Spinner<Integer> context = new Spinner<>(100, 32_000, vm.contextTokensProperty().get(), 50);
        context.setId("settings-context");
        context.setEditable(true);
        context.valueProperty().addListener((obs, old, now) -> vm.contextTokensProperty().set(now));
        add("settings.context", context, "settings.context.hint");

        Label data = new Label(vm.dataLocation());
        data.setId("settings-data");
        add("settings.data", data, "settings.data.hint");

        Label about = new Label();
        about.setId("settings-about");
        about.textProperty().bind(messages.binding("settings.about.text", Bindings.createStringBinding(vm::version)));
        add("settings.about", about, null);
        getChildren().addAll(title, grid);
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.binding(key));
        return l;
    }

    private void add(String key, Node control, String hintKey) {
        Label name = label(key);
        name.getStyleClass().add("setting-name");
        grid.add(name, 0, row);
        if (hintKey == null) {
            grid.add(control, 1, row++);
            return;
        }
        Label hint = label(hintKey);
        hint.getStyleClass().addAll("text-muted", "setting-hint");
        hint.setWrapText(true);
        grid.add(new VBox(4, control, hint), 1, row++);
    }

    /** Shows a theme by its translated name, following language switches. */
    private final class ThemeCell extends ListCell<Theme> {
        ThemeCell() {
            messages.language().addListener((obs, old, now) -> updateItem(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(Theme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.text("theme." + item.code()));
        }
    }
}
