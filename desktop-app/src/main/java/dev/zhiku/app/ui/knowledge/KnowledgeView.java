package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Knowledge panel: folders (add, drop, private, remove), indexing progress and the problem list. */
public final class KnowledgeView extends BorderPane {

    private final KnowledgeViewModel model;
    private final ResourceBundle bundle;
    private FolderChooser chooser = FolderChooser.system();

    public KnowledgeView(KnowledgeViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("knowledge-view");
        getStylesheets().add(KnowledgeView.class.getResource("knowledge.css").toExternalForm());
        setTop(toolbar());
        setCenter(new VBox(folderList(), progressRow(), problemsBox()));
        setBottom(noticeBar());
        model.refresh();
    }

    /** The bundle of this panel for a locale (Chinese for {@code zh}, English otherwise). */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle("dev.zhiku.app.ui.knowledge.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private HBox toolbar() {
        Button add = new Button(bundle.getString("folder.add"));
        add.setId("knowledge-add");
        add.setOnAction(e -> chooseFolder());
        CheckBox asPrivate = new CheckBox(bundle.getString("private.addAs"));
        asPrivate.setId("knowledge-add-private");
        asPrivate.selectedProperty().bindBidirectional(model.addAsPrivateProperty());
        Button reindex = new Button(bundle.getString("index.reindex"));
        reindex.setId("knowledge-reindex");
        reindex.disableProperty().bind(model.runningProperty());
        reindex.setOnAction(e -> model.reindex());
        Button pause = new Button();
        pause.setId("knowledge-pause");
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then(bundle.getString("index.resume"))
                .otherwise(bundle.getString("index.pause")));
        pause.disableProperty().bind(model.runningProperty().not());
        pause.setOnAction(e -> {
            if (model.pausedProperty().get()) {
                model.resume();
            } else {
                model.pause();
            }
        });
        Button cancel = new Button(bundle.getString("index.cancel"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox bar = new HBox(add, asPrivate, reindex, pause, cancel);
        bar.getStyleClass().add("knowledge-toolbar");
        return bar;
    }

    /** Replaces the system's folder dialog behind "Add folder…" (headless tests cannot click a native one). */
    public void setFolderChooser(FolderChooser chooser) {
        this.chooser = chooser;
    }

    private void chooseFolder() {
        chooser.choose(getScene() == null ? null : getScene().getWindow(), bundle.getString("folder.choose"))
                .ifPresent(dir -> model.addFolders(List.of(dir)));
    }

    private ListView<FolderSummary> folderList() {
        ListView<FolderSummary> list = new ListView<>(model.folders());
        list.setId("knowledge-folders");
        list.getStyleClass().add("folder-list");
        list.setPlaceholder(new Label(bundle.getString("folder.empty")));
        list.setCellFactory(v -> new FolderCell(model, bundle));
        list.setOnDragOver(this::acceptFolders);
        list.setOnDragDropped(e -> {
            List<Path> dropped = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            model.addFolders(dropped);
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private void acceptFolders(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
        }
        e.consume();
    }

    private VBox progressRow() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("knowledge-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> ProgressText.fraction(model.progressProperty().get()), model.progressProperty()));
        Label text = new Label();
        text.setId("knowledge-progress-text");
        text.getStyleClass().add("progress-text");
        text.textProperty().bind(Bindings.createStringBinding(
                () -> ProgressText.format(model.progressProperty().get(), bundle), model.progressProperty()));
        VBox box = new VBox(bar, text);
        box.getStyleClass().add("progress-box");
        return box;
    }

    private VBox problemsBox() {
        Label title = new Label(bundle.getString("problems.title"));
        title.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("knowledge-problem-filter");
        filter.setPromptText(bundle.getString("problems.filter"));
        filter.textProperty().bindBidirectional(model.problemTextProperty());
        model.showReasonsAs(reason -> ProblemReasonText.of(reason, bundle));
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<SourceStatus> status = new ComboBox<>();
        status.getItems().addAll(null, SourceStatus.FAILED, SourceStatus.SKIPPED, SourceStatus.INDEXED);
        status.setButtonCell(statusCell());
        status.setCellFactory(v -> statusCell());
        status.valueProperty().bindBidirectional(model.problemStatusProperty());
        Button open = new Button(bundle.getString("problems.open"));
        ListView<SourceProblem> list = new ListView<>(model.visibleProblems());
        list.setId("knowledge-problems");
        list.setPlaceholder(new Label(bundle.getString("problems.none")));
        list.setCellFactory(v -> new ProblemCell(model, bundle));
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        HBox filters = new HBox(filter, status, open);
        filters.getStyleClass().add("problem-filters");
        VBox box = new VBox(title, filters, list);
        box.getStyleClass().add("problems-box");
        return box;
    }

    private ListCell<SourceStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SourceStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : bundle.getString(s == null ? "problems.all" : "status." + s.name()));
            }
        };
    }

    private HBox noticeBar() {
        Label text = new Label();
        text.setId("knowledge-notice");
        text.getStyleClass().add("notice-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(model.noticeProperty().get()),
                model.noticeProperty()));
        Button dismiss = new Button(bundle.getString("notice.dismiss"));
        dismiss.setOnAction(e -> model.dismissNotice());
        HBox bar = new HBox(text, dismiss);
        bar.getStyleClass().add("notice-bar");
        bar.visibleProperty().bind(model.noticeProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private String describe(Notice notice) {
        if (notice == null) {
            return "";
        }
        String text = bundle.getString(notice.key());
        return notice.detail().isEmpty() ? text : text + ": " + notice.detail();
    }
}
