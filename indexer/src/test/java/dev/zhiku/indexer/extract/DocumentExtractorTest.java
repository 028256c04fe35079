package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every generated format through the real Tika and checks text, structure and metadata. */
class DocumentExtractorTest {

    @TempDir
    static Path dir;

    private static List<TestDocument> all;
    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionSettings.defaults());

    @BeforeAll
    static void writeAll() throws IOException {
        all = TestDocuments.writeAll(dir);
    }

    static Stream<TestDocument> goodDocuments() {
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodDocuments")
    void everyPhraseOfAGoodDocumentIsExtracted(TestDocument doc) throws ExtractionFailure {
        String text = ExtractedText.allOf(extractor.extract(doc.path(), false));
        assertAll(doc.phrases().stream().map(phrase -> () -> ExtractedText.assertContains(text, phrase)));
    }

    @Test
    void pdfPagesAreNumberedWithTheirOwnPhrases() throws ExtractionFailure {
        TestDocument pdf = find("zephyr", ".pdf");
        ExtractedDocument doc = single(extractor.extract(pdf.path(), false));
        for (int page = 1; page <= 3; page++) {
            int p = page;
            String pageText = doc.blocks().stream().filter(b -> b.page() == p).map(TextBlock::text)
                    .collect(Collectors.joining(" "));
            for (String phrase : pdf.parts().get(page - 1).phrases()) {
                ExtractedText.assertContains(pageText, phrase);
            }
        }
        assertEquals(List.of(1, 2, 3), doc.blocks().stream().map(TextBlock::page).distinct().sorted().toList());
    }

    @Test
    void xlsxSheetNamesAreThePageLabels() throws ExtractionFailure {
        TestDocument xlsx = find("", ".xlsx");
        ExtractedDocument doc = single(extractor.extract(xlsx.path(), false));
        List<String> labels = doc.blocks().stream().map(TextBlock::pageLabel).distinct().toList();
        assertEquals(List.of("Prices", "库存"), labels, doc.blocks()::toString);
        for (var part : xlsx.parts()) {
            String sheetText = doc.blocks().stream().filter(b -> b.pageLabel().equals(part.label()))
                    .map(TextBlock::text).collect(Collectors.joining(" "));
            part.phrases().forEach(phrase -> ExtractedText.assertContains(sheetText, phrase));
        }
    }

    @Test
    void pptxSlidesArePages() throws ExtractionFailure {
        TestDocument pptx = find("", ".pptx");
        ExtractedDocument doc = single(extractor.extract(pptx.path(), false));
        for (int slide = 1; slide <= pptx.parts().size(); slide++) {
            int s = slide;
            String slideText = doc.blocks().stream().filter(b -> b.page() == s).map(TextBlock::text)
                    .collect(Collectors.joining(" "));
            pptx.parts().get(slide - 1).phrases().forEach(phrase -> ExtractedText.assertContains(slideText, phrase));
        }
    }

    @Test
    void docxHeadingsGiveTheHeadingPath() throws ExtractionFailure {
        TestDocument docx = find("", ".docx");
        ExtractedDocument doc = single(extractor.extract(docx.path(), false));
        String title = docx.englishPhrases().get(0);
        String section = docx.englishPhrases().get(1);
        String bodyPhrase = docx.chinesePhrases().get(2);
        TextBlock body = doc.blocks().stream().filter(b -> b.text().contains(bodyPhrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no block with the body: " + doc.blocks()));
        assertTrue(body.headingPath().contains(title) && body.headingPath().contains(section)
                && body.headingPath().indexOf(title) < body.headingPath().indexOf(" › "), body::toString);
    }

    @Test
    void emlIsTheMessagePlusOneDocumentPerAttachment() throws ExtractionFailure {
        TestDocument eml = find("", ".eml");
        List<ExtractedDocument> docs = extractor.extract(eml.path(), false).documents();
        ExtractedDocument message = docs.getFirst();
        assertEquals("", message.member());
        assertTrue(message.title().startsWith("Pelican") || message.title().contains(" "), message::toString);
        assertTrue(message.author().contains("李伟"), message::author);
        List<String> members = docs.stream().skip(1).map(ExtractedDocument::member).toList();
        assertEquals(eml.parts().size(), members.size(), members::toString);
        for (var part : eml.parts()) {
            ExtractedDocument attachment = docs.stream().filter(d -> d.member().endsWith(part.label())).findFirst()
                    .orElseThrow(() -> new AssertionError(part.label() + " missing from " + members));
            part.phrases().forEach(phrase -> ExtractedText.assertContains(attachment.text(), phrase));
        }
    }

    @Test
    void mboxGivesOneDocumentPerMessage() throws ExtractionFailure {
        TestDocument mbox = find("", ".mbox");
        List<ExtractedDocument> messages = extractor.extract(mbox.path(), false).documents().stream()
                .filter(d -> !d.member().isEmpty()).toList();
        assertEquals(3, messages.size(), messages::toString);
        for (int i = 0; i < 3; i++) {
            String text = messages.get(i).text();
            mbox.parts().get(i).phrases().forEach(phrase -> ExtractedText.assertContains(text, phrase));
        }
    }

    @Test
    void zipEntriesAreMembers() throws ExtractionFailure {
        TestDocument zip = find("", ".zip");
        List<ExtractedDocument> docs = extractor.extract(zip.path(), false).documents();
        for (var part : zip.parts()) {
            String leaf = part.label().substring(part.label().lastIndexOf('/') + 1);
            ExtractedDocument entry = docs.stream().filter(d -> d.member().endsWith(leaf)).findFirst()
                    .orElseThrow(() -> new AssertionError(leaf + " missing from "
                            + docs.stream().map(ExtractedDocument::member).toList()));
            part.phrases().forEach(phrase -> ExtractedText.assertContains(entry.text(), phrase));
        }
    }

    private static ExtractedDocument single(Extraction extraction) {
        assertFalse(extraction.documents().isEmpty(), "no documents");
        return extraction.documents().getFirst();
    }

    private static TestDocument find(String namePart, String suffix) {
        return all.stream().filter(d -> d.path().getFileName().toString().endsWith(suffix))
                .filter(d -> d.path().getFileName().toString().contains(namePart)).findFirst().orElseThrow();
    }

    static void assertFailure(SourceStatus status, String reasonPart, ThrowingExtraction extraction) {
        ExtractionFailure failure = assertThrows(ExtractionFailure.class, extraction::run);
        assertEquals(status, failure.status(), failure.getMessage());
        assertTrue(failure.getMessage().contains(reasonPart), failure.getMessage());
    }

    @FunctionalInterface
    interface ThrowingExtraction {
        void run() throws ExtractionFailure;
    }
}
