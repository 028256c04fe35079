package dev.zhiku.app.ui.source;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Passage;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.LocalKnowledgeBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * {@code zhiku bench viewer [--runs N] [--mb 50] [--pages 5000]}: how long the source viewer takes to show a cited
 * place in a long document, measured on generated files indexed keyword-only: a text file of N MB and a PDF of N
 * pages. Each figure is what the viewer's worker does before the window can show the result (the window itself
 * draws only the rows or the page on screen). Baselines in the same run: reading the whole text file and finding
 * the words in it (what the old source panel did), and rendering a one-page PDF.
 */
public final class ViewerBench {

    private final PrintStream out;
    private final Function<ZhikuHome, Wiring> homes;

    /**
     * @param homes opens a home's composition root (the command line's {@code cli.Homes}: the window's package does
     *              not use the command line, so the benchmark that runs this hands it in)
     */
    public ViewerBench(PrintStream out, Function<ZhikuHome, Wiring> homes) {
        this.out = out;
        this.homes = homes;
    }

    public int run(int runs, int megabytes, int pages) throws Exception {
        Path dir = Files.createTempDirectory("zhiku-bench-viewer-");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path text = longText(docs.resolve("long.txt"), megabytes);
        Path pdf = pdf(docs.resolve("long.pdf"), pages);
        Path single = pdf(Files.createDirectories(dir.resolve("single")).resolve("one.pdf"), 1);
        long indexStart = System.nanoTime();
        try (Wiring wiring = homes.apply(new ZhikuHome(dir.resolve("home")))) {
            try (Indexer indexer = wiring.indexer(false, new IndexControl(), p -> { })) {
                indexer.addRoots(List.of(docs), false);
                indexer.run();
            }
            out.printf(Locale.ROOT, "generated      %s (%d MB), %s (%d pages); indexed keyword-only in %.1f s%n",
                    text.getFileName(), Files.size(text) >> 20, pdf.getFileName(), pages,
                    (System.nanoTime() - indexStart) / 1e9);
            try (LocalKnowledgeBase kb = wiring.knowledgeBase(false)) {
                List<Passage> textPassages = kb.passages(text.toString());
                Passage last = textPassages.getLast();
                Citation inText = new Citation(1, text.toString(), "", 0, last.startOffset(), last.endOffset(),
                        last.text(), 1);
                List<Passage> pdfPassages = kb.passages(pdf.toString());
                Passage middle = pdfPassages.get(pdfPassages.size() / 2);
                Citation inPdf = new Citation(1, pdf.toString(), "", middle.page(), middle.startOffset(),
                        middle.endOffset(), middle.text(), 1);
                out.printf(Locale.ROOT, "index holds    %,d passages (%,d chars) of the text, %,d of the PDF%n",
                        textPassages.size(), last.endOffset(), pdfPassages.size());
                report("text, from the index (last passage)", runs, () -> openText(inText, kb));
                report("text, whole file read (not indexed)", runs, () -> DocumentText.ofPlain(
                        PlainText.read(text)).paragraphs().size());
                report("baseline: read file + find words", runs, () -> PlainText.read(text).indexOf(last.text()));
                report("PDF page " + middle.page() + " of " + pages + " + highlight", runs, () -> openPdf(inPdf,
                        kb));
                report("  of which: open + render + box only", runs, () -> {
                    try (PdfPages all = PdfPages.open(pdf)) {
                        return all.render(inPdf.page(), SourceViewerViewModel.BASE_SCALE, List.of(middle.text()),
                                true).highlight().size();
                    }
                });
                report("  of which: reading the passages", runs, () -> kb.passages(pdf.toString()).size());
                report("baseline: 1-page PDF, same page", runs, () -> {
                    try (PdfPages one = PdfPages.open(single)) {
                        return one.render(1, SourceViewerViewModel.BASE_SCALE, List.of(), false).width();
                    }
                });
            }
        }
        out.printf(Locale.ROOT, "files in       %s (delete when done)%n", dir);
        return 0;
    }

    private static int openText(Citation cited, LocalKnowledgeBase kb) throws IOException {
        CitedSource read = CitedSource.read(cited, kb::passages);
        DocumentText text = ExtractedText.of(read);
        int[] range = read.range(text);
        return text.highlight(range[0], range[1]).first();
    }

    private static int openPdf(Citation cited, LocalKnowledgeBase kb) throws IOException {
        CitedSource read = CitedSource.read(cited, kb::passages);
        try (PdfPages pages = PdfPages.open(Path.of(cited.path()))) {
            RenderedPage page = pages.render(read.page(), SourceViewerViewModel.BASE_SCALE, read.wordsToFind(), true);
            if (page.highlight().isEmpty()) {
                throw new IllegalStateException("the passage was not found on page " + read.page());
            }
            return page.highlight().size();
        }
    }

    private void report(String what, int runs, Callable<Object> work) throws Exception {
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "%-38s median %5d ms (best %d, worst %d, %d runs)%n", what, millis[runs / 2],
                millis[0], millis[runs - 1], runs);
    }

    private static Path longText(Path file, int megabytes) throws IOException {
        long target = (long) megabytes << 20;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < target; i++) {
                String paragraph = "Paragraph " + i + ": the inspection of unit " + (i * 7919 % 100_000)
                        + " found the seals in order and the pressure at " + (i % 97) + " bar. The engineer "
                        + "signed the log and planned the next visit in week " + (i % 52 + 1) + ".\n\n";
                w.write(paragraph);
                written += paragraph.length();
            }
        }
        return file;
    }

    private static Path pdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(60, 760);
                    for (int line = 0; line < 30; line++) {
                        content.showText("Page " + i + ", line " + line + ": pump " + (i * 31 + line) % 997
                                + " was serviced after " + (i + line) % 500 + " hours.");
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
