package dev.zhiku.indexer.testdocs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs: a text PDF with one phrase per page, a scanned-like image PDF, an encrypted and a truncated one. */
final class PdfDocuments {

    static final String PDF = "application/pdf";
    static final String TITLE = "Zephyr pump service manual";
    static final String AUTHOR = "Zhiku Test Fixtures";

    private PdfDocuments() {
    }

    static TestDocument threePages(Path dir) throws IOException {
        Phrase[] pages = {Phrases.PDF_PAGE_1, Phrases.PDF_PAGE_2, Phrases.PDF_PAGE_3};
        Path file = Files.write(dir.resolve("zephyr-manual.pdf"), bytes(null, pages));
        List<DocumentPart> parts = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            parts.add(DocumentPart.of("page " + (i + 1), pages[i]));
        }
        return TestDocument.ofParts(file, PDF, Structure.PAGES, parts, pages);
    }

    static TestDocument encrypted(Path dir) throws IOException {
        Path file = Files.write(dir.resolve("halcyon-vault.pdf"), bytes(TestDocuments.PDF_PASSWORD,
                Phrases.ENCRYPTED));
        return TestDocument.single(file, PDF, Phrases.ENCRYPTED);
    }

    /** The first half of a valid three-page PDF: no trailer, no cross-reference table. */
    static TestDocument truncated(Path dir) throws IOException {
        byte[] whole = bytes(null, Phrases.PDF_PAGE_1, Phrases.PDF_PAGE_2, Phrases.PDF_PAGE_3);
        Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));
        return new TestDocument(file, PDF, List.of(), List.of(), Structure.SINGLE, List.of(), Files.size(file));
    }

    /** One page holding only an image of rendered text: no text layer, only OCR can read it. */
    static TestDocument scanned(Path dir) throws IOException {
        Path file = dir.resolve("scanned-invoice.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc,
                    TextImages.render(List.of(Phrases.SCANNED.english())));
            float width = page.getMediaBox().getWidth() - 72;
            float height = width * image.getHeight() / image.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 36, page.getMediaBox().getHeight() - 72 - height, width, height);
            }
            doc.save(file.toFile());
        }
        return TestDocument.ofParts(file, PDF, Structure.PAGES,
                List.of(new DocumentPart("page 1", List.of(Phrases.SCANNED.english()))), Phrases.SCANNED);
    }

    /** A PDF with one page per phrase (English in Helvetica, Chinese in STSong-Light), optionally encrypted. */
    static byte[] bytes(String userPassword, Phrase... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(TITLE);
            doc.getDocumentInformation().setAuthor(AUTHOR);
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String chinese = Arrays.stream(pages).map(Phrase::chinese).collect(Collectors.joining());
            PDFont cjk = ChinesePdfFont.create(doc, chinese);
            for (Phrase phrase : pages) {
                addPage(doc, latin, cjk, phrase);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword,
                        userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(256);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void addPage(PDDocument doc, PDFont latin, PDFont cjk, Phrase phrase) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), latin);
        resources.put(COSName.getPDFName("F2"), cjk);
        page.setResources(resources);
        String content = "BT /F1 14 Tf 72 760 Td (" + phrase.english() + ") Tj\n"
                + "0 -28 Td /F2 14 Tf " + ChinesePdfFont.hexString(phrase.chinese()) + " Tj ET\n";
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        page.setContents(new PDStream(doc, new ByteArrayInputStream(bytes)));
        doc.addPage(page);
    }
}
