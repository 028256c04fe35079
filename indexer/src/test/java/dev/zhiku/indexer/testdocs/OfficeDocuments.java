package dev.zhiku.indexer.testdocs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * OOXML documents written with Apache POI. Legacy {@code .doc}, {@code .ppt} and {@code .msg} are not generated:
 * POI's HWPF and HSMF cannot create those files from nothing.
 */
final class OfficeDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PRICES_SHEET = "Prices";
    static final String STOCK_SHEET = "库存";

    private OfficeDocuments() {
    }

    /** A heading 1 (title), a heading 2 (section), two body paragraphs and a 2×3 table. */
    static TestDocument docx(Path dir) throws IOException {
        Path file = Files.write(dir.resolve("borealis-report.docx"), docxBytes(Phrases.DOCX_TITLE,
                Phrases.DOCX_SECTION, Phrases.DOCX_BODY, Phrases.DOCX_TABLE));
        return TestDocument.single(file, DOCX, Phrases.DOCX_TITLE, Phrases.DOCX_SECTION, Phrases.DOCX_BODY,
                Phrases.DOCX_TABLE);
    }

    static byte[] docxBytes(Phrase title, Phrase section, Phrase body, Phrase tableRow) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(headingStyle(1));
            styles.addStyle(headingStyle(2));
            paragraph(doc, "Heading1", title.english() + " / " + title.chinese());
            paragraph(doc, null, body.english() + ".");
            paragraph(doc, "Heading2", section.english() + " / " + section.chinese());
            paragraph(doc, null, body.chinese() + "。");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Model");
            table.getRow(0).getCell(1).setText("Fact");
            table.getRow(0).getCell(2).setText("事实");
            table.getRow(1).getCell(0).setText("Kestrel");
            table.getRow(1).getCell(1).setText(tableRow.english());
            table.getRow(1).getCell(2).setText(tableRow.chinese());
            return write(doc::write);
        }
    }

    static TestDocument pptx(Path dir) throws IOException {
        Phrase[] slides = {Phrases.PPTX_SLIDE_1, Phrases.PPTX_SLIDE_2, Phrases.PPTX_SLIDE_3};
        Path file = dir.resolve("nimbus-roadmap.pptx");
        List<DocumentPart> parts = new ArrayList<>();
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFSlideLayout layout = show.getSlideMasters().getFirst().getLayout(SlideLayout.TITLE_AND_CONTENT);
            for (int i = 0; i < slides.length; i++) {
                XSLFSlide slide = show.createSlide(layout);
                slide.getPlaceholder(0).setText("Nimbus " + (i + 1) + ": " + slides[i].english());
                slide.getPlaceholder(1).setText(slides[i].chinese());
                parts.add(DocumentPart.of("slide " + (i + 1), slides[i]));
            }
            Files.write(file, write(show::write));
        }
        return TestDocument.ofParts(file, PPTX, Structure.SLIDES, parts, slides);
    }

    static TestDocument xlsx(Path dir) throws IOException {
        Path file = dir.resolve("inventory.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet prices = book.createSheet(PRICES_SHEET);
            row(prices, 0, "Item", "Price (yuan)", "Note");
            row(prices, 1, "Copper cable", 18.0, Phrases.XLSX_PRICES.english());
            row(prices, 2, "铜缆", 18.0, Phrases.XLSX_PRICES.chinese());
            Sheet stock = book.createSheet(STOCK_SHEET);
            row(stock, 0, "仓库", "托盘", "备注");
            row(stock, 1, "Tianjin", 640.0, Phrases.XLSX_STOCK.english());
            row(stock, 2, "天津", 640.0, Phrases.XLSX_STOCK.chinese());
            Files.write(file, write(book::write));
        }
        return TestDocument.ofParts(file, XLSX, Structure.SHEETS, List.of(
                DocumentPart.of(PRICES_SHEET, Phrases.XLSX_PRICES), DocumentPart.of(STOCK_SHEET, Phrases.XLSX_STOCK)),
                Phrases.XLSX_PRICES, Phrases.XLSX_STOCK);
    }

    private static XWPFStyle headingStyle(int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading" + level);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading " + level);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        return new XWPFStyle(style);
    }

    private static void paragraph(XWPFDocument doc, String styleId, String text) {
        var paragraph = doc.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        paragraph.createRun().setText(text);
    }

    private static void row(Sheet sheet, int index, String label, Object value, String note) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        if (value instanceof Double number) {
            row.createCell(1).setCellValue(number);
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
        row.createCell(2).setCellValue(note);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }
}
