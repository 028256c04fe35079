package dev.zhiku.indexer.testdocs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves the generated documents are real: Tika detects them and extracts the phrases they claim to carry. */
class TestDocumentsTest {

    @TempDir
    static Path dir;

    private static List<TestDocument> all;
    private final TikaReader tika = new TikaReader();

    @BeforeAll
    static void writeAll() throws IOException {
        all = TestDocuments.writeAll(dir);
    }

    static Stream<TestDocument> goodDocuments() {
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDocuments")
    void tikaExtractsEveryPhrase(TestDocument doc) throws Exception {
        TikaReader.Extraction extraction = tika.text(doc.path());
        String text = extraction.text();
        String detected = extraction.metadata().get(Metadata.CONTENT_TYPE);
        assertAll(Stream.concat(
                Stream.of(() -> assertTrue(detected.startsWith(doc.mediaType()), "detected " + detected)),
                doc.phrases().stream().map(phrase -> () -> assertContains(text, phrase))));
    }

    @Test
    void pdfHasThreePagesInOrderAndMetadata() throws Exception {
        TestDocument pdf = all.getFirst();
        TikaReader.Extraction extraction = tika.text(pdf.path());
        String text = squeeze(extraction.text());
        assertEquals("3", extraction.metadata().get(PagedText.N_PAGES));
        assertEquals(PdfDocuments.TITLE, extraction.metadata().get(TikaCoreProperties.TITLE));
        assertEquals(PdfDocuments.AUTHOR, extraction.metadata().get(TikaCoreProperties.CREATOR));
        assertEquals(3, pdf.parts().size());
        int first = text.indexOf(squeeze(pdf.parts().get(0).phrases().get(1)));
        int second = text.indexOf(squeeze(pdf.parts().get(1).phrases().get(1)));
        int third = text.indexOf(squeeze(pdf.parts().get(2).phrases().get(1)));
        assertTrue(0 <= first && first < second && second < third, text);
    }

    @Test
    void docxHeadingsBecomeH1AndH2() throws Exception {
        String xhtml = tika.xhtml(find(OfficeDocuments.DOCX).path()).text();
        assertTrue(xhtml.contains("<h1>" + Phrases.DOCX_TITLE.english()), xhtml);
        assertTrue(xhtml.contains("<h2>" + Phrases.DOCX_SECTION.english()), xhtml);
        assertTrue(xhtml.contains("<table>"), xhtml);
    }

    @Test
    void encryptedPdfIsRefused() throws IOException {
        Path file = TestDocuments.encryptedPdf(dir).path();
        assertThrows(EncryptedDocumentException.class, () -> tika.text(file));
    }

    @Test
    void scannedPdfHasNoTextLayer() throws Exception {
        TikaReader.Extraction extraction = tika.text(TestDocuments.scannedPdf(dir).path());
        assertEquals("1", extraction.metadata().get(PagedText.N_PAGES));
        assertTrue(extraction.text().isBlank(), extraction.text());
    }

    @Test
    void emlAttachmentsAreEmbeddedDocuments() throws Exception {
        TestDocument eml = find(MailDocuments.EML);
        List<Metadata> documents = tika.recursive(eml.path());
        assertEquals(1 + eml.parts().size(), documents.size());
        assertEquals(Phrases.MAIL_SUBJECT.english() + " " + Phrases.MAIL_SUBJECT.chinese(),
                documents.getFirst().get(TikaCoreProperties.TITLE));
    }

    @Test
    void mboxMessagesAreEmbeddedDocuments() throws Exception {
        TestDocument mbox = find(MailDocuments.MBOX);
        assertEquals(1 + 3, tika.recursive(mbox.path()).size());
    }

    @Test
    void brokenPdfsAndGarbageMakeTikaFail() throws IOException {
        for (TestDocument broken : List.of(TestDocuments.truncatedPdf(dir), TestDocuments.randomPdf(dir),
                TestDocuments.randomXlsx(dir))) {
            assertThrows(TikaException.class, () -> tika.text(broken.path()), broken.path().toString());
        }
    }

    @Test
    void emptyFileIsAZeroByteFile() throws IOException {
        Path file = TestDocuments.emptyFile(dir).path();
        assertThrows(ZeroByteFileException.class, () -> tika.text(file));
    }

    @Test
    void invalidUtf8StillYieldsItsReadablePart() throws Exception {
        assertContains(tika.text(TestDocuments.invalidUtf8(dir).path()).text(), Phrases.TEXT_UTF8.english());
    }

    @Test
    void singleLineTextHasNoLineBreak() throws IOException {
        Path file = TestDocuments.singleLineText(dir, 1L << 20).path();
        assertEquals(1L << 20, Files.size(file));
        try (var lines = Files.lines(file)) {
            assertEquals(1, lines.count());
        }
    }

    @Test
    void imageShowsOnlyRenderedText() throws Exception {
        TestDocument png = TestDocuments.png(dir);
        BufferedImage image = ImageIO.read(png.path().toFile());
        assertTrue(image.getWidth() > 400 && image.getHeight() > 100);
        assertTrue(tika.text(png.path()).text().isBlank());
    }

    @Test
    void zipEntriesAndNestedZipAreEmbeddedDocuments() throws Exception {
        TestDocument zip = find(ArchiveDocuments.ZIP);
        List<String> paths = tika.recursive(zip.path()).stream()
                .map(m -> m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH)).toList();
        assertEquals(5, paths.size(), paths::toString);
        assertTrue(paths.contains("/maps.zip/legend.txt"), paths::toString);
    }

    @Test
    void zipBombExpandsAThousandFold() throws IOException {
        TestDocument bomb = TestDocuments.zipBomb(dir);
        assertEquals(200L << 20, bomb.expandedBytes());
        assertTrue(bomb.expandedBytes() / Files.size(bomb.path()) > 500, () -> "ratio too low");
    }

    @Test
    void deeplyNestedZipHasTwelveLevels() throws Exception {
        List<Metadata> documents = tika.recursive(TestDocuments.deeplyNestedZip(dir).path());
        long zips = documents.stream().filter(m -> m.get(Metadata.CONTENT_TYPE).startsWith("application/zip"))
                .count();
        assertEquals(12, zips);
        assertContains(documents.get(1).get(TikaCoreProperties.TIKA_CONTENT), Phrases.ZIP_DEEPEST.chinese());
    }

    private static void assertContains(String text, String phrase) {
        assertTrue(squeeze(text).contains(squeeze(phrase)), () -> "missing «" + phrase + "» in: " + text);
    }

    /**
     * Whitespace-insensitive comparison: extractors break lines, insert spaces between CJK glyphs, and Tika's
     * source-code parser writes spaces as no-break spaces.
     */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }

    private static TestDocument find(String mediaType) {
        return all.stream().filter(d -> d.mediaType().equals(mediaType)).findFirst().orElseThrow();
    }
}
