package dev.zhiku.app.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Passage;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's text of indexed documents: offsets of the index point at the same words in it. */
class ExtractedTextTest {

    @TempDir
    static Path temp;
    private static Wiring wiring;
    private static Path docx;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        docx = ViewerDocuments.docx(docs);
        Files.writeString(docs.resolve("notes.txt"), "First line of notes.\n\nThe second paragraph holds the "
                + "budget of 40,000 yuan.\n\nA third paragraph.");
        wiring = new Wiring(new ZhikuHome(temp.resolve("home")), IndexerSettings.defaults());
        try (Indexer indexer = wiring.indexer(false, new IndexControl(), p -> { })) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
    }

    @Test
    void aDocxIsReadAgainWithItsHeadingsAndTheIndexOffsetsStillFit() throws Exception {
        try (LocalKnowledgeBase kb = wiring.knowledgeBase(false)) {
            List<Passage> passages = kb.passages(docx.toString());
            Passage p = passages.getFirst();
            Citation c = new Citation(1, docx.toString(), "", 0, p.startOffset(), p.endOffset(), p.text(), 1);
            DocumentText text = ExtractedText.of(CitedSource.read(c, kb::passages));
            List<String> headings = text.paragraphs().stream().filter(TextParagraph::heading)
                    .map(TextParagraph::text).toList();
            assertEquals(List.of("Halcyon valve", "Warranty", "Installation"), headings, text::toString);
            int at = p.text().indexOf(ViewerDocuments.DOCX_FACT);
            int para = text.paragraphAt(p.startOffset() + at);
            TextParagraph holding = text.paragraphs().get(para);
            assertTrue(holding.text().startsWith(ViewerDocuments.DOCX_FACT), holding::text);
            assertEquals("Halcyon valve › Warranty", holding.headingPath());
        }
    }

    @Test
    void indexedPlainTextIsRebuiltFromPassagesWithTheSameOffsets() throws Exception {
        try (LocalKnowledgeBase kb = wiring.knowledgeBase(false)) {
            String path = temp.resolve("docs/notes.txt").toString();
            List<Passage> passages = kb.passages(path);
            DocumentText text = DocumentText.of(passages);
            for (Passage p : passages) {
                DocumentText.Highlighted marked = text.highlight(p.startOffset(), p.endOffset());
                String joined = marked.paragraphs().stream().filter(TextParagraph::highlighted)
                        .map(TextParagraph::marked).reduce("", (a, b) -> a + b);
                assertEquals(PdfPassageLocator.squeeze(p.text()), PdfPassageLocator.squeeze(joined));
            }
            assertEquals(3, text.paragraphs().size(), text::toString);
        }
    }
}
