package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.indexer.store.IndexLockedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second reader (as `zhiku search` in another process) sees each commit while an indexer holds the writer. */
class SearchWhileIndexingTest {

    @TempDir
    Path dir;

    @Test
    void readerSeesCommittedBatchesWhileTheWriterIsOpen() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("first.txt"), "The aurora borealis lights up the northern sky.");
        Path home = dir.resolve("home");
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            try (LocalKnowledgeBase reader = LocalKnowledgeBase.open(new ZhikuHome(home), FusionSettings.defaults(),
                    null)) {
                assertEquals(1, reader.search(SearchQuery.of("aurora", 5)).hits().size());
                Files.writeString(docs.resolve("second.txt"), "极光照亮了北方的天空，aurora 也出现在南方。");
                indexer.run();
                assertEquals(2, reader.search(SearchQuery.of("aurora", 5)).hits().size());
                assertTrue(reader.status().passages() >= 2);
            }
            assertThrows(IndexLockedException.class, () -> TestIndexers.keywordOnly(home));
        }
    }
}
