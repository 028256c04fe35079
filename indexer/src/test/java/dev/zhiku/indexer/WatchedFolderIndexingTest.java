package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.SearchFilter;
import dev.zhiku.indexer.discovery.SourceRules;
import dev.zhiku.indexer.watch.ChangeListener;
import dev.zhiku.indexer.watch.FolderWatcher;
import dev.zhiku.indexer.watch.WatchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher feeds the indexer: a new file becomes searchable, a deleted one disappears, within seconds. */
class WatchedFolderIndexingTest {

    private static final long TIMEOUT_MILLIS = 20_000;

    @TempDir
    Path dir;

    @Test
    void createdAndDeletedFilesAreFollowed() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("old.txt"), "季度预算说明：第三季度的差旅预算为两万元。");
        Path home = dir.resolve("home");
        try (Indexer indexer = TestIndexers.keywordOnly(home);
             LocalKnowledgeBase kb = TestIndexers.searchOver(home, indexer)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            ChangeListener listener = new ChangeListener() {
                @Override
                public void onChanges(Set<Path> changed) {
                    synchronized (indexer) {
                        try {
                            indexer.refresh(changed);
                            indexer.runQueued();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }

                @Override
                public void onRescanNeeded() {
                    onChanges(Set.of(docs));
                }
            };
            WatchSettings settings = WatchSettings.defaults().withQuietPeriod(Duration.ofMillis(300));
            try (FolderWatcher watcher = new FolderWatcher(List.of(docs), SourceRules.defaults(), settings, listener,
                    () -> { })) {
                watcher.start();
                Files.writeString(docs.resolve("new.txt"), "The turquoise submarine surfaced near Oslo.");
                waitUntil(() -> hits(kb, "turquoise submarine").contains(TestIndexers.key(docs.resolve("new.txt"))));
                Files.delete(docs.resolve("old.txt"));
                waitUntil(() -> hits(kb, "差旅预算").isEmpty() && indexedCount(indexer) == 1);
            }
            synchronized (indexer) {
                assertEquals(1, indexedCount(indexer));
            }
        }
    }

    private static int indexedCount(Indexer indexer) {
        synchronized (indexer) {
            try {
                return indexer.catalog().counts().get(dev.zhiku.core.SourceStatus.INDEXED);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<String> hits(LocalKnowledgeBase kb, String text) {
        return TestIndexers.hitPaths(kb, text, SearchFilter.none());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await("the change indexed")
                .atMost(java.time.Duration.ofMillis(TIMEOUT_MILLIS)).until(condition::getAsBoolean);
    }
}
