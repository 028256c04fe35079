package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.hitPaths;
import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run reads only what changed: modified files again, deleted files out, nothing doubled. */
class IncrementalIndexingTest {

    @TempDir
    Path tmp;

    private Path docs;
    private List<TestDocument> written;
    private Indexer indexer;
    private LocalKnowledgeBase kb;

    @BeforeEach
    void indexOnce() throws Exception {
        docs = Files.createDirectories(tmp.resolve("docs"));
        written = List.of(TestDocuments.text(docs), TestDocuments.markdown(docs), TestDocuments.html(docs),
                TestDocuments.docx(docs), TestDocuments.pdf(docs));
        indexer = TestIndexers.keywordOnly(tmp.resolve("home"));
        indexer.addRoots(List.of(docs), false);
        indexer.run();
        kb = TestIndexers.searchOver(tmp.resolve("home"), indexer);
    }

    @AfterEach
    void close() {
        indexer.close();
    }

    @Test
    void aSecondRunReadsNothing() throws Exception {
        RunReport second = indexer.run();
        assertEquals(0, second.read());
        assertEquals(written.size(), second.scan().unchanged());
    }

    @Test
    void aModifiedFileIsReadAgainAndItsOldTextIsGone() throws Exception {
        TestDocument text = written.getFirst();
        String oldPhrase = text.englishPhrases().getFirst();
        assertEquals(key(text.path()), hitPaths(kb, oldPhrase, null).getFirst());
        Files.writeString(text.path(), "The zanzibar quokka collection was moved to the attic.\n",
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(text.path(), FileTime.from(Instant.now().plusSeconds(5)));
        RunReport second = indexer.run();
        assertEquals(1, second.read());
        assertTrue(kb.search(SearchQuery.of(oldPhrase, 10)).hits().stream().map(Hit::passage)
                .filter(p -> p.path().equals(key(text.path()))).noneMatch(p -> p.text().contains(oldPhrase)));
        assertTrue(indexer.index().passagesOf(key(text.path())).stream()
                .noneMatch(p -> p.passage().text().contains(oldPhrase)));
        assertEquals(key(text.path()), hitPaths(kb, "zanzibar quokka", null).getFirst());
        TestIndexers.assertIndexMatchesCatalog(indexer, paths());
    }

    @Test
    void aDeletedFileLeavesResultsAndCatalog() throws Exception {
        TestDocument markdown = written.get(1);
        String phrase = markdown.englishPhrases().getFirst();
        assertTrue(hitPaths(kb, phrase, null).contains(key(markdown.path())));
        Files.delete(markdown.path());
        RunReport second = indexer.run();
        assertEquals(1, second.scan().deleted());
        assertFalse(hitPaths(kb, phrase, null).contains(key(markdown.path())));
        assertTrue(indexer.catalog().find(key(markdown.path())).isEmpty());
        assertEquals(0, indexer.index().passagesOf(key(markdown.path())).size());
    }

    @Test
    void repeatedRunsNeverDuplicatePassages() throws Exception {
        long passages = indexer.index().count(false);
        for (int run = 0; run < 3; run++) {
            for (TestDocument doc : written) {
                Files.setLastModifiedTime(doc.path(), FileTime.from(Instant.now().plusSeconds(10L + run)));
            }
            indexer.run();
            TestIndexers.assertIndexMatchesCatalog(indexer, paths());
            assertEquals(passages, indexer.index().count(false));
        }
        assertEquals(written.size(), indexer.catalog().counts().get(SourceStatus.INDEXED));
    }

    @Test
    void aTouchedFileWithTheSameContentIsNotReadAgain() throws Exception {
        Files.setLastModifiedTime(written.get(2).path(), FileTime.from(Instant.now().plusSeconds(30)));
        RunReport second = indexer.run();
        assertEquals(0, second.read());
    }

    private List<Path> paths() {
        return written.stream().map(TestDocument::path).toList();
    }
}
