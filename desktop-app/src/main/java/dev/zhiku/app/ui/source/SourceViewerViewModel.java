package dev.zhiku.app.ui.source;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Citation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cited place of a document: a PDF page rendered with the passage's boxes, or the document's text as
 * paragraphs with the passage highlighted and scrolled to. Reading and rendering run on {@code work} (one thread:
 * PDFBox is not thread-safe); results are posted through {@code ui}, the latest request winning. Only the page
 * shown is rendered; text is a list of paragraphs a virtualised list shows.
 */
public final class SourceViewerViewModel implements AutoCloseable {

    /** What the viewer shows. */
    public enum Mode { NONE, PDF, TEXT }

    /** Pixels per PDF point at 100 % (96 dpi screens). */
    static final double BASE_SCALE = 96.0 / 72.0;
    private static final Logger LOG = LoggerFactory.getLogger(SourceViewerViewModel.class);

    private final UiExecutor ui;
    private final Executor work;
    private final FileOpener opener;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final BooleanProperty detached = new SimpleBooleanProperty(this, "detached");
    private final ReadOnlyObjectWrapper<Citation> citation = new ReadOnlyObjectWrapper<>(this, "citation");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper headingPath = new ReadOnlyStringWrapper(this, "headingPath", "");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<RenderedPage> rendered = new ReadOnlyObjectWrapper<>(this, "rendered");
    private final ObservableList<TextParagraph> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper highlightedParagraph = new ReadOnlyIntegerWrapper(this, "highlighted", -1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final javafx.beans.property.DoubleProperty fitWidth =
            new javafx.beans.property.SimpleDoubleProperty(this, "fitWidth");
    private final ReadOnlyObjectWrapper<ViewerNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    /** Whether the zoom follows the panel's width (until the user zooms). */
    private boolean fitting = true;
    private final OpenDocument document;

    public SourceViewerViewModel(UiExecutor ui, Executor work, PassageReader reader, FileOpener opener) {
        this.ui = ui;
        this.work = work;
        this.document = new OpenDocument(reader);
        this.opener = opener;
        fitWidth.addListener((o, was, now) -> refit(now.doubleValue()));
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** Whether the viewer sits in its own window instead of beside the conversation. */
    public BooleanProperty detachedProperty() {
        return detached;
    }

    public ReadOnlyObjectProperty<Citation> citationProperty() {
        return citation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The headings above the cited passage ("Chapter 2 › Payment"), or empty. */
    public ReadOnlyStringProperty headingPathProperty() {
        return headingPath.getReadOnlyProperty();
    }

    /** The sheet name or slide title of the cited passage, or empty. */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    /** The PDF page shown (1-based), or the cited page/slide/sheet of other formats (0 when none). */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** 1.0 is 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The PDF page shown, with the passage's boxes when it is the cited page. */
    public ReadOnlyObjectProperty<RenderedPage> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    /** The document's text, for {@link Mode#TEXT}. */
    public ObservableList<TextParagraph> paragraphs() {
        return paragraphs;
    }

    /** The index in {@link #paragraphs()} of the first highlighted paragraph (to scroll to), or -1. */
    public ReadOnlyIntegerProperty highlightedParagraphProperty() {
        return highlightedParagraph.getReadOnlyProperty();
    }

    /** The width in pixels a new PDF page is fitted to (the view keeps it current); 0 keeps the zoom. */
    public javafx.beans.property.DoubleProperty fitWidthProperty() {
        return fitWidth;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What went wrong or what the user should know (passage not found on the page, opened without the page). */
    public ReadOnlyObjectProperty<ViewerNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows the cited place; call on the UI thread. */
    public void show(Citation cited) {
        long id = generation.incrementAndGet();
        citation.set(cited);
        fileName.set(fileName(cited.path()));
        headingPath.set("");
        pageLabel.set("");
        notice.set(null);
        loading.set(true);
        showing.set(true);
        fitting = true;
        double fit = fitWidth.get();
        work.execute(() -> load(id, cited, fit));
    }

    public void nextPage() {
        goToPage(page.get() + 1);
    }

    public void previousPage() {
        goToPage(page.get() - 1);
    }

    public void goToPage(int wanted) {
        if (mode.get() != Mode.PDF || wanted < 1 || wanted > pageCount.get() || wanted == page.get()) {
            return;
        }
        page.set(wanted);
        render(wanted, zoom.get());
    }

    public void zoomIn() {
        setZoom(ZoomSteps.next(zoom.get(), 1));
    }

    public void zoomOut() {
        setZoom(ZoomSteps.next(zoom.get(), -1));
    }

    /** Zooms to {@code wanted} (1.0 is 100 %); the zoom then stays until the next citation. */
    public void setZoom(double wanted) {
        fitting = false;
        applyZoom(wanted);
    }

    private void refit(double width) {
        RenderedPage shown = rendered.get();
        if (!fitting || width <= 0 || shown == null || mode.get() != Mode.PDF) {
            return;
        }
        double fitted = ZoomSteps.clamp(width / (shown.width() / shown.scale() * BASE_SCALE));
        if (Math.abs(fitted - zoom.get()) / zoom.get() > 0.03) {
            applyZoom(fitted);
        }
    }

    private void applyZoom(double wanted) {
        double clamped = ZoomSteps.clamp(wanted);
        if (clamped == zoom.get()) {
            return;
        }
        zoom.set(clamped);
        if (mode.get() == Mode.PDF) {
            render(page.get(), clamped);
        }
    }

    /** Opens the file in the system's viewer at the page shown where the viewer takes a page. */
    public void openExternally() {
        Citation cited = citation.get();
        if (cited == null) {
            return;
        }
        int at = mode.get() == Mode.PDF ? page.get() : cited.page();
        work.execute(() -> {
            OpenOutcome outcome = opener.open(Path.of(cited.path()), at);
            ui.onUi(() -> notice.set(!outcome.ok() ? new ViewerNotice("viewer.openFailed", outcome.problem())
                    : at > 0 && !outcome.atPage() ? new ViewerNotice("viewer.openedGoTo", Integer.toString(at))
                    : null));
        });
    }

    public void showInFolder() {
        Citation cited = citation.get();
        if (cited == null) {
            return;
        }
        work.execute(() -> {
            OpenOutcome outcome = opener.showInFolder(Path.of(cited.path()));
            if (!outcome.ok()) {
                ui.onUi(() -> notice.set(new ViewerNotice("viewer.openFailed", outcome.problem())));
            }
        });
    }

    public void hide() {
        showing.set(false);
        detached.set(false);
    }

    /** Closes the open PDF; call when the viewer goes away. */
    @Override
    public void close() {
        work.execute(document::close);
    }

    private void load(long id, Citation cited, double fit) {
        try {
            OpenDocument.Shown shown = document.open(cited, fit, zoom.get());
            post(id, () -> apply(shown));
        } catch (Exception e) {
            LOG.warn("cannot show {}", cited.displayPath(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            post(id, () -> {
                mode.set(Mode.NONE);
                loading.set(false);
                notice.set(new ViewerNotice("viewer.readFailed", why));
            });
        }
    }

    private void apply(OpenDocument.Shown shown) {
        switch (shown) {
            case OpenDocument.PdfShown p -> {
                zoom.set(p.zoom());
                mode.set(Mode.PDF);
                pageCount.set(p.pageCount());
                page.set(p.page());
                headingPath.set(p.source().headingPath());
                pageLabel.set(p.source().pageLabel());
                paragraphs.clear();
                highlightedParagraph.set(-1);
                rendered.set(p.drawn());
                notice.set(p.drawn().highlight().isEmpty() ? new ViewerNotice("viewer.notOnPage", "") : null);
            }
            case OpenDocument.TextShown t -> {
                DocumentText.Highlighted marked = t.marked();
                mode.set(Mode.TEXT);
                page.set(t.source().citation().page());
                pageCount.set(0);
                rendered.set(null);
                headingPath.set(t.headingPath());
                pageLabel.set(t.source().pageLabel());
                paragraphs.setAll(marked.paragraphs());
                highlightedParagraph.set(marked.first());
                notice.set(marked.paragraphs().isEmpty() ? new ViewerNotice("viewer.noText", "")
                        : marked.first() < 0 ? new ViewerNotice("viewer.notFound", "") : null);
            }
        }
        loading.set(false);
    }

    private void render(int wanted, double atZoom) {
        long id = generation.incrementAndGet();
        loading.set(true);
        work.execute(() -> {
            try {
                RenderedPage drawn = document.render(wanted, atZoom);
                post(id, () -> {
                    if (drawn != null) {
                        rendered.set(drawn);
                    }
                    loading.set(false);
                });
            } catch (Exception e) {
                LOG.warn("cannot render page {}", wanted, e);
                post(id, () -> {
                    loading.set(false);
                    notice.set(new ViewerNotice("viewer.readFailed", String.valueOf(e.getMessage())));
                });
            }
        });
    }

    private void post(long id, Runnable change) {
        ui.onUi(() -> {
            if (generation.get() == id) {
                change.run();
            }
        });
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
