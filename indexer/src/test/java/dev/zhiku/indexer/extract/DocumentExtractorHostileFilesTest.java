package dev.zhiku.indexer.extract;

import static dev.zhiku.indexer.extract.DocumentExtractorTest.assertFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that try to break the reader: each ends as a failure with a reason, or within the limits. */
class DocumentExtractorHostileFilesTest {

    @TempDir
    Path dir;

    private final ExtractionSettings defaults = ExtractionSettings.defaults();
    private final DocumentExtractor extractor = new DocumentExtractor(defaults);

    @Test
    void encryptedPdfFailsAsPasswordProtected() throws IOException {
        Path file = TestDocuments.encryptedPdf(dir).path();
        assertFailure(SourceStatus.FAILED, "password-protected", () -> extractor.extract(file, false));
    }

    @Test
    void randomBytesNamedPdfOrXlsxFailWithAReason() throws IOException {
        for (TestDocument garbage : new TestDocument[] {TestDocuments.randomPdf(dir), TestDocuments.randomXlsx(dir)}) {
            assertFailure(SourceStatus.FAILED, "", () -> extractor.extract(garbage.path(), false));
        }
    }

    @Test
    void randomBytesFailureSaysTheFileIsDamaged() throws IOException {
        Path file = TestDocuments.randomPdf(dir).path();
        assertFailure(SourceStatus.FAILED, "damaged", () -> extractor.extract(file, false));
    }

    @Test
    void emptyFileIsSkipped() throws IOException {
        Path file = TestDocuments.emptyFile(dir).path();
        assertFailure(SourceStatus.SKIPPED, "empty", () -> extractor.extract(file, false));
    }

    @Test
    void scannedPdfHasNoDocumentsAndNeedsOcr() throws Exception {
        Extraction extraction = extractor.extract(TestDocuments.scannedPdf(dir).path(), false);
        assertTrue(extraction.documents().isEmpty(), extraction::toString);
        assertTrue(extraction.needsOcr());
    }

    @Test
    void zipBombIsRefusedAsAnArchiveBomb() throws Exception {
        Path file = TestDocuments.zipBomb(dir).path();
        assertFailure(SourceStatus.SKIPPED, "archive bomb", () -> extractor.extract(file, false));
    }

    @Test
    void deeplyNestedZipEndsAndKeepsItsParts() throws Exception {
        Extraction extraction = extractor.extract(TestDocuments.deeplyNestedZip(dir).path(), false);
        assertTrue(extraction.documents().size() <= defaults.maxParts());
        assertTrue(extraction.textLength() <= defaults.maxTextChars());
        assertTrue(extraction.documents().stream()
                        .allMatch(d -> d.member().split("/").length <= defaults.maxDepth()),
                extraction.documents().stream().map(d -> d.member()).toList()::toString);
        assertTrue(extraction.warnings().stream().anyMatch(w -> w.contains("nested deeper")),
                extraction.warnings()::toString);
    }

    @Test
    void fiftyMegabyteSingleLineIsTruncatedWithAWarning() throws Exception {
        Extraction extraction = extractor.extract(TestDocuments.singleLineText(dir, 50L << 20).path(), false);
        assertTrue(extraction.truncated());
        assertTrue(extraction.textLength() <= defaults.maxTextChars(), () -> "kept " + extraction.textLength());
        assertTrue(extraction.textLength() > defaults.maxTextChars() / 2, () -> "kept " + extraction.textLength());
        assertTrue(extraction.warnings().stream().anyMatch(w -> w.contains(String.valueOf(defaults.maxTextChars()))),
                extraction.warnings()::toString);
    }

    @Test
    void aFileThatTakesTooLongFails() throws IOException {
        ExtractionSettings impatient = new ExtractionSettings(defaults.maxTextChars(), Duration.ofMillis(1),
                defaults.maxParts(), defaults.maxDepth(), defaults.ocrLanguages());
        Path file = TestDocuments.pdf(dir).path();
        assertFailure(SourceStatus.FAILED, "took longer",
                () -> new DocumentExtractor(impatient).extract(file, false));
    }

    @Test
    void pngIsReadWithOcrWhenTesseractIsInstalled() throws Exception {
        assumeTrue(OcrSupport.tesseractAvailable(), "tesseract is not installed");
        TestDocument png = TestDocuments.png(dir);
        Extraction extraction = extractor.extract(png.path(), true);
        assertFalse(extraction.documents().isEmpty());
        String text = ExtractedText.allOf(extraction);
        png.englishPhrases().forEach(phrase -> ExtractedText.assertContains(text, phrase));
    }

    @Test
    void pngWithoutOcrNeedsOcr() throws Exception {
        Extraction extraction = extractor.extract(TestDocuments.png(dir).path(), false);
        assertTrue(extraction.documents().isEmpty());
        assertTrue(extraction.needsOcr());
        assertEquals(0, extraction.textLength());
    }
}
