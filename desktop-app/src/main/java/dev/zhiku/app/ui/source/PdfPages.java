package dev.zhiku.app.ui.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * An open PDF whose pages are rendered one at a time, on demand: only the page shown is ever drawn, so a
 * 5,000-page file costs what one page costs. Not thread-safe (PDFBox is not): use from one thread.
 */
final class PdfPages implements AutoCloseable {

    private final Path file;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(Path file, PDDocument document) {
        this.file = file;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Opens {@code file}; the pages are parsed when drawn. */
    static PdfPages open(Path file) throws IOException {
        return new PdfPages(file, Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile())));
    }

    Path file() {
        return file;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** The width of page {@code page} (1-based) in points, as shown (rotation counted). */
    double pageWidth(int page) {
        var p = document.getPage(page - 1);
        return p.getRotation() % 180 == 0 ? p.getCropBox().getWidth() : p.getCropBox().getHeight();
    }

    /**
     * Draws page {@code page} (1-based) at {@code scale} pixels per point, with the boxes of the first of
     * {@code passage} found on it when {@code highlight} is true.
     */
    RenderedPage render(int page, double scale, List<String> passage, boolean highlight) throws IOException {
        BufferedImage image = renderer.renderImage(page - 1, (float) scale, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        List<HighlightBox> boxes = highlight ? PdfPassageLocator.locate(document, page, passage) : List.of();
        return new RenderedPage(page, w, h, argb, scale, boxes);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
