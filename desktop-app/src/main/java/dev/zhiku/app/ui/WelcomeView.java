package dev.zhiku.app.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** The first-run view: which folders to read, which model to answer with, and Start. Binds only. */
public final class WelcomeView extends VBox {

    /** The "no model" item of the model choice. */
    private static final String SKIP = "";

    private final WelcomeViewModel vm;
    private final Messages messages;
    private final VBox folders = new VBox(6);

    public WelcomeView(WelcomeViewModel vm, Messages messages, ErrorPresenter errors, Runnable done) {
        this.vm = vm;
        this.messages = messages;
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.TOP_LEFT);
        Label title = label("welcome.title", "title-1");
        Label intro = label("welcome.intro", "text-muted");
        intro.setWrapText(true);
        Label folderHeading = label("welcome.folders", "title-4");
        Button choose = new Button();
        choose.setId("welcome-choose");
        choose.textProperty().bind(messages.binding("welcome.choose"));
        choose.setOnAction(e -> chooseFolder());
        vm.suggestions().addListener((ListChangeListener<Path>) c -> refreshFolders());
        refreshFolders();
        Label modelHeading = label("welcome.model", "title-4");
        ComboBox<String> model = modelChoice();
        Label modelHint = label("welcome.model.hint", "text-muted");
        modelHint.setWrapText(true);
        Button start = new Button();
        start.setId("welcome-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.textProperty().bind(messages.binding("welcome.start"));
        start.disableProperty().bind(vm.canStart().not());
        start.setOnAction(e -> vm.start(done));
        vm.failureProperty().addListener((obs, old, f) -> {
            if (f != null) {
                errors.show(getScene() == null ? null : getScene().getWindow(), f);
                vm.failureProperty().set(null);
            }
        });
        getChildren().addAll(title, intro, folderHeading, folders, choose, modelHeading, model, modelHint, start);
    }

    private Label label(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(messages.binding(key));
        l.getStyleClass().add(styleClass);
        return l;
    }

    private void refreshFolders() {
        folders.getChildren().clear();
        for (Path p : vm.suggestions()) {
            CheckBox box = new CheckBox(p.toString());
            box.setSelected(vm.chosen().contains(p));
            box.selectedProperty().addListener((obs, old, yes) -> vm.setChosen(p, yes));
            folders.getChildren().add(box);
        }
        if (vm.suggestions().isEmpty()) {
            folders.getChildren().add(label("welcome.noSuggestions", "text-muted"));
        }
    }

    private ComboBox<String> modelChoice() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("welcome-model");
        box.getItems().add(SKIP);
        vm.models().addListener((ListChangeListener<String>) c -> {
            box.getItems().setAll(vm.models());
            box.getItems().addFirst(SKIP);
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? messages.text("welcome.model.skip") : name;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.getSelectionModel().selectFirst();
        vm.modelProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> SKIP.equals(box.getValue()) ? null : box.getValue(), box.valueProperty()));
        return box;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.text("welcome.choose"));
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.addFolder(dir.toPath());
        }
    }
}
