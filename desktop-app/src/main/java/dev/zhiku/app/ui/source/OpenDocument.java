package dev.zhiku.app.ui.source;

import dev.zhiku.core.Citation;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The viewer's worker side: reads a cited document and keeps an open PDF for paging and zooming. Used from one
 * thread only (PDFBox is not thread-safe); the view model turns what it returns into properties.
 */
final class OpenDocument implements AutoCloseable {

    /** What a citation opened as. */
    sealed interface Shown permits PdfShown, TextShown {
    }

    /** A PDF page: {@code page} of {@code pageCount}, drawn at {@code zoom}. */
    record PdfShown(CitedSource source, int page, int pageCount, double zoom, RenderedPage drawn) implements Shown {
    }

    /** Text paragraphs, highlighted, with the heading path of the first highlighted one. */
    record TextShown(CitedSource source, DocumentText.Highlighted marked, String headingPath) implements Shown {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpenDocument.class);

    private final PassageReader reader;
    private PdfPages pdf;
    private CitedSource source;

    OpenDocument(PassageReader reader) {
        this.reader = reader;
    }

    /** Reads what {@code cited} points at; a PDF page is fitted to {@code fitWidth} pixels when it is above 0. */
    Shown open(Citation cited, double fitWidth, double zoom) throws IOException {
        CitedSource read = CitedSource.read(cited, reader);
        source = read;
        if (read.isPdf()) {
            Path file = Path.of(cited.path());
            if (pdf == null || !pdf.file().equals(file)) {
                closePdf();
                pdf = PdfPages.open(file);
            }
            int at = Math.min(Math.max(1, read.page()), pdf.pageCount());
            double scale = SourceViewerViewModel.BASE_SCALE;
            double fitted = fitWidth > 0 ? ZoomSteps.clamp(fitWidth / (pdf.pageWidth(at) * scale)) : zoom;
            return new PdfShown(read, at, pdf.pageCount(), fitted, pdf.render(at, fitted * scale,
                    read.wordsToFind(), true));
        }
        closePdf();
        DocumentText text = ExtractedText.of(read);
        int[] range = read.range(text);
        DocumentText.Highlighted marked = range == null ? new DocumentText.Highlighted(text.paragraphs(), -1)
                : text.highlight(range[0], range[1]);
        String heading = marked.first() >= 0 ? marked.paragraphs().get(marked.first()).headingPath() : "";
        return new TextShown(read, marked, heading.isEmpty() ? read.headingPath() : heading);
    }

    /** Draws {@code page} of the open PDF, boxed when it is the cited page; null when no PDF is open. */
    RenderedPage render(int page, double zoom) throws IOException {
        if (pdf == null || source == null) {
            return null;
        }
        boolean cited = page == Math.min(Math.max(1, source.page()), pdf.pageCount());
        return pdf.render(page, zoom * SourceViewerViewModel.BASE_SCALE, source.wordsToFind(), cited);
    }

    @Override
    public void close() {
        closePdf();
    }

    private void closePdf() {
        if (pdf != null) {
            try {
                pdf.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", pdf.file(), e);
            }
            pdf = null;
        }
    }
}
