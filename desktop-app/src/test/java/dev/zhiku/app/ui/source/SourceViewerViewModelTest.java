package dev.zhiku.app.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Citation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's state without the FX thread: pages, zoom, highlight, and what opening in the system viewer said. */
class SourceViewerViewModelTest {

    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();

    private SourceViewerViewModel model(boolean viewerTakesPages) {
        return new SourceViewerViewModel(UiExecutor.direct(), Runnable::run, PassageReader.NONE, (file, page) -> {
            opened.add(file.getFileName() + "@" + page);
            return OpenOutcome.opened(viewerTakesPages);
        });
    }

    @Test
    void aPdfCitationShowsItsPageBoxedAndPagesOnlyWithinTheDocument() throws Exception {
        Path pdf = ViewerDocuments.pdf(dir, "manual.pdf", ViewerDocuments.pdfPages());
        SourceViewerViewModel model = model(false);
        model.show(new Citation(1, pdf.toString(), "", 2, 0, 0, ViewerDocuments.PDF_FACT, 1));
        assertEquals(SourceViewerViewModel.Mode.PDF, model.modeProperty().get());
        assertEquals(2, model.pageProperty().get());
        assertEquals(3, model.pageCountProperty().get());
        RenderedPage page = model.renderedProperty().get();
        assertEquals(1, page.highlight().size(), "the fact is one line");
        assertTrue(page.highlight().getFirst().covers(ViewerDocuments.lineBox(1, ViewerDocuments.PDF_FACT), 1.5));
        model.nextPage();
        model.nextPage();
        assertEquals(3, model.pageProperty().get());
        assertTrue(model.renderedProperty().get().highlight().isEmpty(), "no box on another page");
        model.previousPage();
        assertEquals(1, model.renderedProperty().get().highlight().size());
        double before = model.zoomProperty().get();
        model.zoomIn();
        assertTrue(model.zoomProperty().get() > before);
        assertTrue(model.renderedProperty().get().width() > page.width());

        model.openExternally();
        assertEquals(List.of("manual.pdf@2"), opened);
        assertEquals("viewer.openedGoTo", model.noticeProperty().get().key(), "the page is named when not shown");
        assertEquals("2", model.noticeProperty().get().detail());
        model.close();
    }

    @Test
    void wordsNotOnThePageAreSaidAndAViewerThatTakesThePageNeedsNoNotice() throws Exception {
        Path pdf = ViewerDocuments.pdf(dir, "manual.pdf", ViewerDocuments.pdfPages());
        SourceViewerViewModel model = model(true);
        model.show(new Citation(1, pdf.toString(), "", 1, 0, 0, "words printed nowhere", 1));
        assertTrue(model.renderedProperty().get().highlight().isEmpty());
        assertEquals("viewer.notOnPage", model.noticeProperty().get().key());
        model.openExternally();
        assertNull(model.noticeProperty().get());
        model.hide();
        assertFalse(model.showingProperty().get());
    }

    @Test
    void aMissingFileIsAReadableNoticeNotAnException() {
        SourceViewerViewModel model = model(true);
        model.show(new Citation(1, dir.resolve("gone.pdf").toString(), "", 1, 0, 0, "x", 1));
        assertEquals("viewer.readFailed", model.noticeProperty().get().key());
        assertFalse(model.loadingProperty().get());
    }
}
