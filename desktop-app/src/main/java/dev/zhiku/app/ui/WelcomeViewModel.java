package dev.zhiku.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * First run: folders to add (the usual ones that exist, plus any the person chooses) and an optional model (none:
 * extractive answers). {@link #start} saves the model choice, starts indexing in the background and reports done.
 */
public final class WelcomeViewModel {

    private static final List<String> USUAL_FOLDERS = List.of("Documents", "Desktop", "Downloads", "文档", "桌面", "下载");

    private final AppServices services;
    private final UiExecutor executor;
    private final ObservableList<Path> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Path> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(this, "model");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>(this, "failure");

    public WelcomeViewModel(AppServices services, UiExecutor executor, Path userHome) {
        this.services = services;
        this.executor = executor;
        USUAL_FOLDERS.stream().map(userHome::resolve).filter(Files::isDirectory).forEach(suggestions::add);
        executor.background("installed-models", () -> services.modelLibrary().installed().stream()
                .map(m -> m.name()).toList(), models::setAll, failure::set);
    }

    /** The person's home folder. */
    public static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    public ObservableList<Path> suggestions() {
        return suggestions;
    }

    /** The folders that will be added. */
    public ObservableList<Path> chosen() {
        return chosen;
    }

    public void setChosen(Path folder, boolean yes) {
        if (yes && !chosen.contains(folder)) {
            chosen.add(folder);
        } else if (!yes) {
            chosen.remove(folder);
        }
    }

    /** A folder picked with "Choose folder…": added to the suggestions and chosen. */
    public void addFolder(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (!suggestions.contains(f)) {
            suggestions.add(f);
        }
        setChosen(f, true);
    }

    /** Installed model names to choose from. */
    public ObservableList<String> models() {
        return models;
    }

    /** The chosen model; null: no model, extractive answers. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    public BooleanBinding canStart() {
        return Bindings.isNotEmpty(chosen).and(busy.not());
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    /** Saves the model choice and starts indexing the chosen folders; {@code done} runs when indexing started. */
    public void start(Runnable done) {
        List<Path> folders = List.copyOf(chosen);
        String chosenModel = model.get();
        busy.set(true);
        executor.background("first-run", () -> {
            if (chosenModel != null) {
                services.modelLibrary().setActive(chosenModel);
            }
            services.startIndexing(folders);
            return Stream.of(folders).count();
        }, n -> {
            busy.set(false);
            done.run();
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }
}
