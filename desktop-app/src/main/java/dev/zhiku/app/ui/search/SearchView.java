package dev.zhiku.app.ui.search;

import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.app.ui.source.SourceDock;
import dev.zhiku.app.ui.source.SourceViewerView;
import dev.zhiku.app.ui.source.SourceViewerViewModel;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Search panel: a query field, filters, highlighted results and "Ask about these results". */
public final class SearchView extends BorderPane {

    private static final List<String> TYPES = List.of("pdf", "docx", "doc", "pptx", "xlsx", "txt", "md", "html",
            "eml", "epub", "odt");

    private final SearchViewModel model;
    private final ResourceBundle bundle;

    public SearchView(SearchViewModel model, ResourceBundle bundle) {
        this(model, bundle, null);
    }

    /** With {@code viewer}, choosing a result opens its passage in the source viewer beside the list. */
    public SearchView(SearchViewModel model, ResourceBundle bundle, SourceViewerViewModel viewer) {
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("search-view");
        getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());
        setTop(new VBox(queryRow(), filterRow()));
        ListView<ResultItem> list = resultList();
        if (viewer == null) {
            setCenter(list);
        } else {
            list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
                if (now != null) {
                    viewer.show(now.citation());
                }
            });
            ResourceBundle words = SourceViewerView.bundle(bundle.getLocale());
            setCenter(new SourceDock(list, new SourceViewerView(viewer, words), viewer,
                    words.getString("viewer.window")));
        }
        setBottom(noticeLabel());
    }

    /** The bundle of this panel for a locale (Chinese for {@code zh}, English otherwise). */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle("dev.zhiku.app.ui.search.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private HBox queryRow() {
        TextField field = new TextField();
        field.setId("search-query");
        field.setPromptText(bundle.getString("query.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("search-busy");
        busy.visibleProperty().bind(model.searchingProperty());
        Button ask = new Button(bundle.getString("ask"));
        ask.setId("search-ask");
        ask.disableProperty().bind(Bindings.isEmpty(model.results()));
        ask.setOnAction(e -> model.askAboutResults());
        HBox row = new HBox(field, busy, ask);
        row.getStyleClass().add("search-query-row");
        return row;
    }

    private FlowPane filterRow() {
        ComboBox<String> folder = choice("filter.folder", model.folderChoices());
        folder.valueProperty().bindBidirectional(model.folderProperty());
        ComboBox<String> type = choice("filter.type", TYPES);
        type.valueProperty().bindBidirectional(model.fileTypeProperty());
        ComboBox<String> lang = choice("filter.language", List.of("zh", "en"));
        lang.valueProperty().bindBidirectional(model.languageProperty());
        DatePicker from = new DatePicker();
        from.setPromptText(bundle.getString("filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(bundle.getString("filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        FlowPane row = new FlowPane(folder, type, lang, from, to);
        row.getStyleClass().add("search-filters");
        return row;
    }

    private ComboBox<String> choice(String key, List<String> values) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        if (values instanceof javafx.collections.ObservableList<String> live) {
            live.addListener((javafx.collections.ListChangeListener<String>) c -> {
                box.getItems().setAll(live);
                box.getItems().addFirst(null);
            });
        }
        box.setPromptText(bundle.getString(key));
        box.setButtonCell(choiceCell(key));
        box.setCellFactory(v -> choiceCell(key));
        return box;
    }

    private ListCell<String> choiceCell(String key) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? bundle.getString(key) + ": " + bundle.getString("filter.any")
                        : bundle.containsKey("value." + value) ? bundle.getString("value." + value) : value);
            }
        };
    }

    private ListView<ResultItem> resultList() {
        ListView<ResultItem> list = new ListView<>(model.results());
        list.setId("search-results");
        list.setPlaceholder(new Label(bundle.getString("results.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ResultItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.title());
                title.getStyleClass().add("result-title");
                Label where = new Label(item.location());
                where.getStyleClass().add("result-location");
                VBox box = new VBox(title, where, SnippetFlow.of(item.snippet()));
                box.getStyleClass().add("search-result");
                box.prefWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(box);
            }
        });
        return list;
    }

    private Label noticeLabel() {
        Label label = new Label();
        label.getStyleClass().add("notice-text");
        label.textProperty().bind(Bindings.createStringBinding(() -> describe(model.noticeProperty().get()),
                model.noticeProperty()));
        return label;
    }

    private String describe(Notice notice) {
        return notice == null ? "" : bundle.getString(notice.key())
                + (notice.detail().isEmpty() ? "" : ": " + notice.detail());
    }
}
