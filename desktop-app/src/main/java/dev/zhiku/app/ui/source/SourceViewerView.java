package dev.zhiku.app.ui.source;

import java.util.Locale;
import java.util.ResourceBundle;
import java.text.MessageFormat;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The source viewer: the file and the headings above the passage, then the PDF page with the passage's boxes, or
 * the document's paragraphs (a virtualised list) scrolled to the highlighted passage; page, zoom, "Open at this
 * page", "Show in folder", detach and close. Binds to a {@link SourceViewerViewModel}; create on the FX thread.
 */
public final class SourceViewerView extends BorderPane {

    private final SourceViewerViewModel model;
    private final ResourceBundle bundle;
    private final ImageView pageImage = new ImageView();
    private final Pane boxes = new Pane();
    private final ScrollPane pdfScroll = new ScrollPane(new Group(new StackPane(pageImage, boxes)));
    private final ListView<TextParagraph> textList;

    public SourceViewerView(SourceViewerViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        getStyleClass().add("source-viewer");
        getStylesheets().add(SourceViewerView.class.getResource("source.css").toExternalForm());
        textList = new ListView<>(model.paragraphs());
        setTop(header());
        setCenter(body());
        setBottom(noticeLabel());
        setMinWidth(0);
        model.renderedProperty().addListener((o, was, now) -> showPage(now));
        pdfScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (now.getWidth() > 50) {
                model.fitWidthProperty().set(now.getWidth() - 8);
            }
        });
        widthProperty().addListener((o, was, now) -> {
            if (pdfScroll.getViewportBounds().getWidth() <= 50 && now.doubleValue() > 80) {
                model.fitWidthProperty().set(now.doubleValue() - 40);
            }
        });
        model.highlightedParagraphProperty().addListener((o, was, now) -> scrollToHighlight(now.intValue()));
    }

    /** The bundle of the viewer for a locale (Chinese for {@code zh}, English otherwise). */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return ResourceBundle.getBundle("dev.zhiku.app.ui.source.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The list of paragraphs (for tests). */
    public ListView<TextParagraph> textList() {
        return textList;
    }

    private VBox header() {
        Label file = wrapped("source-file");
        file.textProperty().bind(model.fileNameProperty());
        Button close = button("viewer.close", "source-close", model::hide);
        Button detach = button("viewer.detach", "source-detach", () -> model.detachedProperty().set(true));
        detach.visibleProperty().bind(model.detachedProperty().not());
        detach.managedProperty().bind(detach.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox titleRow = new HBox(6, file, grow, detach, close);
        titleRow.getStyleClass().add("source-title-row");
        Label heading = wrapped("source-heading");
        heading.textProperty().bind(model.headingPathProperty());
        heading.managedProperty().bind(heading.textProperty().isNotEmpty());
        Label where = wrapped("source-where");
        where.textProperty().bind(Bindings.createStringBinding(this::where, model.pageProperty(),
                model.pageCountProperty(), model.pageLabelProperty(), model.modeProperty()));
        where.managedProperty().bind(where.textProperty().isNotEmpty());
        Label path = wrapped("source-path");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.citationProperty().get() == null ? ""
                : model.citationProperty().get().displayPath(), model.citationProperty()));
        VBox header = new VBox(4, titleRow, heading, where, path, toolbar());
        header.getStyleClass().add("source-header");
        return header;
    }

    private FlowPane toolbar() {
        Button previous = button("viewer.previous", "source-previous", model::previousPage);
        Button next = button("viewer.next", "source-next", model::nextPage);
        Button smaller = button("viewer.zoomOut", "source-zoom-out", model::zoomOut);
        Button larger = button("viewer.zoomIn", "source-zoom-in", model::zoomIn);
        Label zoom = new Label();
        zoom.getStyleClass().add("source-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(model.zoomProperty().get() * 100)
                + " %", model.zoomProperty()));
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(1));
        next.disableProperty().bind(model.pageProperty().greaterThanOrEqualTo(model.pageCountProperty()));
        HBox paging = new HBox(4, previous, next, smaller, zoom, larger);
        paging.getStyleClass().add("source-paging");
        paging.visibleProperty().bind(model.modeProperty().isEqualTo(SourceViewerViewModel.Mode.PDF));
        paging.managedProperty().bind(paging.visibleProperty());
        Button open = button("viewer.openAtPage", "source-open", model::openExternally);
        open.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString(
                model.pageProperty().get() > 0 ? "viewer.openAtPage" : "viewer.open"), model.pageProperty()));
        Button folder = button("viewer.showInFolder", "source-folder", model::showInFolder);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("source-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        FlowPane bar = new FlowPane(6, 4, paging, open, folder, busy);
        bar.getStyleClass().add("source-toolbar");
        return bar;
    }

    private StackPane body() {
        boxes.setPickOnBounds(false);
        pdfScroll.getStyleClass().add("source-pdf");
        pdfScroll.setPannable(true);
        pdfScroll.visibleProperty().bind(model.modeProperty().isEqualTo(SourceViewerViewModel.Mode.PDF));
        textList.getStyleClass().add("source-text-list");
        textList.setCellFactory(list -> new ParagraphCell(list));
        textList.visibleProperty().bind(model.modeProperty().isEqualTo(SourceViewerViewModel.Mode.TEXT));
        StackPane body = new StackPane(pdfScroll, textList);
        body.getStyleClass().add("source-body");
        body.setMinSize(0, 0);
        return body;
    }

    private Label noticeLabel() {
        Label label = wrapped("source-notice");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            ViewerNotice n = model.noticeProperty().get();
            return n == null ? "" : MessageFormat.format(bundle.getString(n.key()), n.detail());
        }, model.noticeProperty()));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private String where() {
        int page = model.pageProperty().get();
        String label = model.pageLabelProperty().get();
        String text = model.modeProperty().get() == SourceViewerViewModel.Mode.PDF
                ? MessageFormat.format(bundle.getString("viewer.pageOf"), page, model.pageCountProperty().get())
                : page > 0 ? MessageFormat.format(bundle.getString("viewer.page"), page) : "";
        return label.isEmpty() ? text : text.isEmpty() ? label : text + " · " + label;
    }

    private void showPage(RenderedPage page) {
        boxes.getChildren().clear();
        if (page == null) {
            pageImage.setImage(null);
            return;
        }
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        pageImage.setImage(image);
        boxes.setPrefSize(page.width(), page.height());
        for (HighlightBox b : page.highlight()) {
            Rectangle r = new Rectangle(b.x() * page.scale(), b.y() * page.scale(), b.width() * page.scale(),
                    b.height() * page.scale());
            r.getStyleClass().add("pdf-highlight");
            r.setUserData(b);
            r.setManaged(false);
            boxes.getChildren().add(r);
        }
        if (!page.highlight().isEmpty()) {
            double top = page.highlight().getFirst().y() * page.scale();
            double room = Math.max(1, page.height() - pdfScroll.getViewportBounds().getHeight());
            pdfScroll.setVvalue(Math.max(0, Math.min(1, (top - 40) / room)));
        } else {
            pdfScroll.setVvalue(0);
        }
    }

    private void scrollToHighlight(int index) {
        if (index >= 0) {
            textList.scrollTo(Math.max(0, index - 1));
            textList.getSelectionModel().clearSelection();
        }
    }

    private Button button(String key, String styleClass, Runnable action) {
        Button b = new Button(bundle.getString(key));
        b.getStyleClass().add(styleClass);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label wrapped(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** One paragraph: its words, the highlighted part marked, headings in bold. */
    private static final class ParagraphCell extends ListCell<TextParagraph> {

        private final Text before = new Text();
        private final Text marked = new Text();
        private final Text after = new Text();
        private final TextFlow flow = new TextFlow(before, marked, after);

        ParagraphCell(ListView<TextParagraph> list) {
            before.getStyleClass().add("source-words");
            marked.getStyleClass().addAll("source-words", "source-highlight");
            after.getStyleClass().add("source-words");
            flow.getStyleClass().add("source-paragraph-text");
            flow.maxWidthProperty().bind(list.widthProperty().subtract(36));
            flow.prefWidthProperty().bind(flow.maxWidthProperty());
            getStyleClass().add("source-paragraph");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TextParagraph p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            getStyleClass().removeAll("source-paragraph-cited", "source-paragraph-heading");
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            before.setText(p.before());
            marked.setText(p.marked());
            after.setText(p.after());
            if (p.highlighted()) {
                getStyleClass().add("source-paragraph-cited");
            }
            if (p.heading()) {
                getStyleClass().add("source-paragraph-heading");
            }
            setGraphic(flow);
        }
    }
}
