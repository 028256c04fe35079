package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.Hit;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** Builds the indexer graph the way the app does, over real Lucene and H2, and checks what it stored. */
public final class TestIndexers {

    private TestIndexers() {
    }

    public static Indexer open(Path home, EmbeddingModel model, int threads) throws IOException, SQLException {
        return new Indexer(new ZhikuHome(home), IndexerSettings.defaults().withThreads(threads), model,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), ProgressListener.NONE);
    }

    static Indexer keywordOnly(Path home) throws IOException, SQLException {
        return open(home, null, 2);
    }

    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    static List<String> hitPaths(LocalKnowledgeBase kb, String text, SearchFilter filter) {
        return kb.search(new SearchQuery(text, filter, 10)).hits().stream().map(Hit::passage)
                .map(p -> p.path()).toList();
    }

    static LocalKnowledgeBase searchOver(Path home, Indexer indexer) {
        return new LocalKnowledgeBase(new ZhikuHome(home), indexer.index(), null);
    }

    /** Every INDEXED source has exactly as many passages in the index as the catalog says; nothing is queued. */
    static void assertIndexMatchesCatalog(Indexer indexer, List<Path> files) throws IOException, SQLException {
        for (Path file : files) {
            SourceRow row = indexer.catalog().find(key(file)).orElseThrow(() -> new AssertionError(file + " lost"));
            if (row.status() == SourceStatus.INDEXED) {
                assertEquals(row.chunks(), indexer.index().passagesOf(row.path()).size(), row.path());
            } else {
                assertEquals(0, indexer.index().passagesOf(row.path()).size(), row.path());
            }
        }
        assertEquals(0, indexer.catalog().queuedCount());
    }
}
