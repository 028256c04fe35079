package dev.zhiku.indexer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.TestIndexers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PassageIndex#passagesContaining}: every passage that holds the words in order, however many, not the best
 * few of a ranking; Chinese through the bigram field; restricted by the same filter as search.
 */
class PassagesContainingTest {

    @TempDir
    static Path tmp;
    private static Path home;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(docs.resolve("note-" + i + ".txt"), "Note " + i + ": the Project Falcon team met "
                    + "again about item " + i + ".\n");
        }
        Files.writeString(docs.resolve("reversed.txt"), "The Falcon Project is another thing altogether.\n");
        Files.writeString(docs.resolve("芯片.md"), "# 采购\n\n本季度从高通采购芯片。\n");
        Files.writeString(docs.resolve("other.md"), "# 其他\n\n高铁通车了。\n");
        home = tmp.resolve("home");
        try (Indexer indexer = TestIndexers.open(home, null, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
    }

    private static Set<String> files(List<Passage> passages) {
        return passages.stream().map(p -> Path.of(p.path()).getFileName().toString()).collect(Collectors.toSet());
    }

    @Test
    void everyPassageWithThePhraseInOrderNotTheTopFew() throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), FusionSettings.defaults())) {
            List<Passage> found = index.passagesContaining("project falcon", SearchFilter.none(), 10_000);
            assertEquals(40, files(found).size(), "all forty notes, case-insensitive: " + files(found));
            assertTrue(!files(found).contains("reversed.txt"), "the words in another order are not the phrase");
            int searched = index.search(SearchQuery.of("project falcon", 10), null).hits().size();
            assertTrue(searched <= 10, "a search gives the top few only: " + searched);
        }
    }

    @Test
    void chineseByBigramsAndOnlyTheExactWords() throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), FusionSettings.defaults())) {
            assertEquals(Set.of("芯片.md"), files(index.passagesContaining("高通", SearchFilter.none(), 100)));
        }
    }

    @Test
    void theSearchFilterRestricts() throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), FusionSettings.defaults())) {
            SearchFilter markdown = new SearchFilter(List.of(), Set.of("md"), null, null, Set.of());
            assertEquals(Set.of(), files(index.passagesContaining("Project Falcon", markdown, 100)));
            assertEquals(3, index.passagesContaining("Project Falcon", SearchFilter.none(), 3).size(),
                    "at most max passages");
        }
    }
}
