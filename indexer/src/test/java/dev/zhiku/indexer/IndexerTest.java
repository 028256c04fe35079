package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.hitPaths;
import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes every generated format plus hostile files, keyword-only, and searches the result. */
class IndexerTest {

    @TempDir
    static Path tmp;

    private static List<TestDocument> good;
    private static TestDocument encrypted;
    private static TestDocument garbage;
    private static TestDocument empty;
    private static Path home;
    private static Indexer indexer;
    private static LocalKnowledgeBase kb;
    private static RunReport firstRun;

    @BeforeAll
    static void indexEverything() throws Exception {
        Path office = Files.createDirectories(tmp.resolve("docs/good"));
        Path hostile = Files.createDirectories(tmp.resolve("docs/hostile"));
        good = TestDocuments.writeAll(office);
        encrypted = TestDocuments.encryptedPdf(hostile);
        garbage = TestDocuments.randomPdf(hostile);
        empty = TestDocuments.emptyFile(hostile);
        home = tmp.resolve("home");
        indexer = TestIndexers.keywordOnly(home);
        indexer.addRoots(List.of(tmp.resolve("docs")), false);
        firstRun = indexer.run();
        kb = TestIndexers.searchOver(home, indexer);
    }

    @AfterAll
    static void close() {
        if (indexer != null) {
            indexer.close();
        }
    }

    @Test
    void everyGoodDocumentIsIndexed() throws Exception {
        for (TestDocument doc : good) {
            SourceRow row = indexer.catalog().find(key(doc.path())).orElseThrow();
            assertEquals(SourceStatus.INDEXED, row.status(), () -> doc.path() + ": " + row.reason());
            assertTrue(row.chunks() > 0, doc.path()::toString);
        }
        assertEquals(good.size() + 3, firstRun.read());
    }

    @Test
    void hostileFilesFailOrAreSkippedWithReasons() throws Exception {
        assertStatus(encrypted, SourceStatus.FAILED, "password-protected");
        assertStatus(garbage, SourceStatus.FAILED, "damaged");
        assertStatus(empty, SourceStatus.SKIPPED, "empty");
    }

    @Test
    void anEnglishPhraseFindsItsFileFirst() {
        assertAll(good.stream().filter(d -> !d.englishPhrases().isEmpty()).map(doc -> () -> {
            String phrase = doc.englishPhrases().getLast();
            List<String> paths = hitPaths(kb, phrase, null);
            assertFalse(paths.isEmpty(), phrase);
            assertEquals(key(doc.path()), paths.getFirst(), phrase);
        }));
    }

    @Test
    void aChinesePhraseFindsItsFileFirst() {
        TestDocument docx = find(".docx");
        TestDocument text = find(".txt");
        for (TestDocument doc : List.of(docx, text)) {
            String phrase = doc.chinesePhrases().getLast();
            List<String> paths = hitPaths(kb, phrase, null);
            assertFalse(paths.isEmpty(), phrase);
            assertEquals(key(doc.path()), paths.getFirst(), phrase);
        }
    }

    @Test
    void folderFilterKeepsOnlyThatFolder() {
        TestDocument docx = find(".docx");
        String phrase = docx.englishPhrases().getLast();
        SearchFilter hostileOnly = new SearchFilter(List.of(tmp.resolve("docs/hostile").toString()), Set.of(),
                null, null, Set.of());
        SearchFilter goodOnly = new SearchFilter(List.of(tmp.resolve("docs/good").toString()), Set.of(),
                null, null, Set.of());
        assertTrue(hitPaths(kb, phrase, hostileOnly).isEmpty());
        assertEquals(key(docx.path()), hitPaths(kb, phrase, goodOnly).getFirst());
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        TestDocument docx = find(".docx");
        String phrase = docx.englishPhrases().getLast();
        assertFalse(hitPaths(kb, phrase, types("pdf")).contains(key(docx.path())));
        assertEquals(key(docx.path()), hitPaths(kb, phrase, types("docx")).getFirst());
        assertTrue(hitPaths(kb, phrase, types("pdf")).stream().allMatch(p -> p.endsWith(".pdf")));
    }

    @Test
    void languageFilterKeepsOnlyThatLanguage() {
        String phrase = find(".txt").chinesePhrases().getLast();
        var hits = kb.search(new SearchQuery(phrase, new SearchFilter(List.of(), Set.of(), null, null,
                Set.of("en")), 10)).hits();
        assertTrue(hits.stream().allMatch(h -> h.passage().language().equals("en")), hits::toString);
        var zh = kb.search(new SearchQuery(phrase, new SearchFilter(List.of(), Set.of(), null, null,
                Set.of("zh")), 10)).hits();
        assertFalse(zh.isEmpty());
        assertTrue(zh.stream().allMatch(h -> h.passage().language().equals("zh")), zh::toString);
    }

    @Test
    void statusCountsMatchTheFiles() throws Exception {
        KnowledgeBaseStatus status = kb.status();
        Map<SourceStatus, Integer> counts = status.sourceCounts();
        assertEquals(good.size(), counts.getOrDefault(SourceStatus.INDEXED, 0), counts::toString);
        assertEquals(2, counts.getOrDefault(SourceStatus.FAILED, 0), counts::toString);
        assertEquals(1, counts.getOrDefault(SourceStatus.SKIPPED, 0), counts::toString);
        assertEquals(0, counts.getOrDefault(SourceStatus.QUEUED, 0), counts::toString);
        assertEquals(indexer.index().count(false), status.passages());
        assertEquals(0, status.passagesWithVector());
        long catalogChunks = 0;
        for (TestDocument doc : good) {
            catalogChunks += indexer.catalog().find(key(doc.path())).orElseThrow().chunks();
        }
        assertEquals(catalogChunks, status.passages());
    }

    @Test
    void indexPassagesPerSourceEqualCatalogChunks() throws Exception {
        TestIndexers.assertIndexMatchesCatalog(indexer, allFiles());
    }

    private static List<Path> allFiles() {
        return Stream.concat(good.stream(), Stream.of(encrypted, garbage, empty)).map(TestDocument::path).toList();
    }

    private static SearchFilter types(String type) {
        return new SearchFilter(List.of(), Set.of(type), null, null, Set.of());
    }

    private static void assertStatus(TestDocument doc, SourceStatus status, String reasonPart) throws Exception {
        SourceRow row = indexer.catalog().find(key(doc.path())).orElseThrow();
        assertEquals(status, row.status(), row::toString);
        assertTrue(row.reason() != null && row.reason().contains(reasonPart), row::toString);
    }

    private static TestDocument find(String suffix) {
        return good.stream().filter(d -> d.path().getFileName().toString().endsWith(suffix)).findFirst()
                .orElseThrow();
    }
}
