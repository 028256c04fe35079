package dev.zhiku.app.ui.source;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real documents for the viewer's tests: a multi-page PDF (PDFBox), a DOCX with headings (POI), an HTML page. */
final class ViewerDocuments {

    static final float FONT_SIZE = 12;
    static final float LEFT = 72;
    /** Baseline of the first body line, in PDF points from the bottom (page height 792). */
    static final float FIRST_BASELINE = 700;
    static final float LEADING = 18;
    static final String PDF_FACT = "The Zephyr pump must be serviced every 400 hours of operation.";
    static final String DOCX_FACT = "The warranty of the Halcyon valve lasts 36 months from delivery.";
    static final String HTML_FACT = "Hotel rooms in Shenzhen are reimbursed up to 650 yuan per night.";

    private ViewerDocuments() {
    }

    /** The lines of each page; {@link #PDF_FACT} is the second line of page 2. */
    static List<List<String>> pdfPages() {
        return List.of(
                List.of("Zephyr pump manual, chapter one.", "Unpack the pump and check the seals for damage."),
                List.of("Chapter two: keeping the pump running.", PDF_FACT, "Use only the approved grease."),
                List.of("Chapter three: spare parts.", "Order spare impellers from the regional depot."));
    }

    static Path pdf(Path dir, String name, List<List<String>> pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.newLineAtOffset(LEFT, FIRST_BASELINE);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -LEADING);
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Where {@code line} (0-based) of a page stands, in points from the top-left: its glyphs' box. */
    static HighlightBox lineBox(int line, String text) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        double width = font.getStringWidth(text) / 1000 * FONT_SIZE;
        double baselineFromTop = 792 - (FIRST_BASELINE - line * LEADING);
        double capHeight = font.getFontDescriptor().getCapHeight() / 1000 * FONT_SIZE;
        return new HighlightBox(LEFT, baselineFromTop - capHeight, width, capHeight);
    }

    static Path docx(Path dir) throws IOException {
        Path file = dir.resolve("halcyon-valve.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createStyles().addStyle(heading(1));
            doc.getStyles().addStyle(heading(2));
            paragraph(doc, "Heading1", "Halcyon valve");
            paragraph(doc, null, "The Halcyon valve regulates the flow of cooling water in the plant.");
            paragraph(doc, "Heading2", "Warranty");
            paragraph(doc, null, DOCX_FACT + " Claims go to the service desk.");
            paragraph(doc, "Heading2", "Installation");
            paragraph(doc, null, "Install the valve upright, with the arrow pointing downstream.");
            doc.write(out);
        }
        return file;
    }

    static Path html(Path dir) throws IOException {
        Path file = dir.resolve("travel-policy.html");
        Files.writeString(file, "<html><head><title>Travel policy</title></head><body>"
                + "<h1>Travel policy</h1><p>Book trips through the travel desk two weeks ahead.</p>"
                + "<h2>Hotels</h2><p>" + HTML_FACT + " Receipts are required.</p>"
                + "<h2>Trains</h2><p>Second class is the rule for trips under four hours.</p></body></html>",
                StandardCharsets.UTF_8);
        return file;
    }

    private static XWPFStyle heading(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        return new XWPFStyle(style);
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        var paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }
}
