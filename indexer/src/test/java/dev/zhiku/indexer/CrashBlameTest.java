package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which file a stopped run blames. A run is stopped here by a progress listener that throws after a few files were
 * read, which leaves the catalog exactly as a kill at that moment would: files read but not yet committed.
 */
class CrashBlameTest {

    @TempDir
    Path tmp;

    @Test
    void filesReadInABatchThatNeverCommittedAreNotBlamed() throws Exception {
        Path folder = tmp.resolve("docs");
        List<Path> files = GeneratedFolder.write(folder, 12, 5L);
        Path home = tmp.resolve("home");
        for (int run = 0; run < SourceReader.MAX_ATTEMPTS + 1; run++) {
            try (Indexer indexer = stoppingAfterTheFirstFile(home)) {
                indexer.addRoots(List.of(folder), false);
                assertThrows(Exception.class, indexer::run);
            }
        }
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            for (Path file : files) {
                assertEquals(0, indexer.catalog().find(key(file)).orElseThrow().attempts(), file.toString());
            }
            indexer.run();
            assertEquals(files.size(), indexer.catalog().counts().get(SourceStatus.INDEXED));
            assertEquals(0, indexer.catalog().counts().get(SourceStatus.FAILED));
            TestIndexers.assertIndexMatchesCatalog(indexer, files);
        }
    }

    @Test
    void aFileBeingReadWhenTheProcessDiedRepeatedlyIsSetAsideAndAReindexTriesItAgain() throws Exception {
        Path folder = tmp.resolve("docs");
        List<Path> files = GeneratedFolder.write(folder, 6, 9L);
        Path home = tmp.resolve("home");
        String culprit = key(files.get(2));
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(folder), false);
            indexer.scan();
        }
        // What three deaths while reading the culprit leave behind: its reading started and never ended.
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            for (int death = 0; death < SourceReader.MAX_ATTEMPTS; death++) {
                catalog.readingStarts(culprit);
            }
        }
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.run();
            SourceRow row = indexer.catalog().find(culprit).orElseThrow();
            assertEquals(SourceStatus.FAILED, row.status());
            assertTrue(row.reason().contains("stopped 3 times"), row.reason());
            assertEquals(files.size() - 1, indexer.catalog().counts().get(SourceStatus.INDEXED));
            indexer.run();
            assertEquals(SourceStatus.FAILED, indexer.catalog().find(culprit).orElseThrow().status(),
                    "a plain scan keeps it aside: only a re-index retries it");
            indexer.reindex();
            row = indexer.catalog().find(culprit).orElseThrow();
            assertEquals(SourceStatus.INDEXED, row.status(), row::toString);
            assertEquals(0, row.attempts());
            TestIndexers.assertIndexMatchesCatalog(indexer, files);
        }
    }

    /**
     * Three deaths while reading a file and then straight away the user's re-index (no run in between set it
     * aside): the file is still queued with three attempts, and the re-index must give it its one more try too.
     */
    @Test
    void aReindexRightAfterThreeDeathsGivesTheStillQueuedFileItsOneMoreTry() throws Exception {
        Path folder = tmp.resolve("docs");
        List<Path> files = GeneratedFolder.write(folder, 4, 13L);
        Path home = tmp.resolve("home");
        String culprit = key(files.get(1));
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(folder), false);
            indexer.scan();
        }
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            for (int death = 0; death < SourceReader.MAX_ATTEMPTS; death++) {
                catalog.readingStarts(culprit);
            }
        }
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.reindex();
            SourceRow row = indexer.catalog().find(culprit).orElseThrow();
            assertEquals(SourceStatus.INDEXED, row.status(), row::toString);
            assertEquals(0, row.attempts());
            TestIndexers.assertIndexMatchesCatalog(indexer, files);
        }
    }

    @Test
    void aRetriedFileThatStopsTheProcessOnceMoreIsSetAsideAgainAfterOneTry() throws Exception {
        Path folder = tmp.resolve("docs");
        List<Path> files = GeneratedFolder.write(folder, 3, 11L);
        Path home = tmp.resolve("home");
        String culprit = key(files.get(0));
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(folder), false);
            indexer.scan();
        }
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            for (int death = 0; death < SourceReader.MAX_ATTEMPTS; death++) {
                catalog.readingStarts(culprit);
            }
        }
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.run();
            assertEquals(1, indexer.catalog().requeueSetAside(SourceReader.MAX_ATTEMPTS - 1));
            indexer.catalog().readingStarts(culprit);
            assertEquals(SourceReader.MAX_ATTEMPTS, indexer.catalog().find(culprit).orElseThrow().attempts());
            indexer.runQueued();
            assertEquals(SourceStatus.FAILED, indexer.catalog().find(culprit).orElseThrow().status());
        }
    }

    /** An indexer whose run stops at the first progress report after a file was read (the first always comes). */
    private static Indexer stoppingAfterTheFirstFile(Path home) throws Exception {
        ProgressListener listener = p -> {
            if (p.phase() == IndexProgress.Phase.EXTRACTING && p.filesDone() > 0) {
                throw new IllegalStateException("stopped as a kill would");
            }
        };
        return new Indexer(new ZhikuHome(home), IndexerSettings.defaults().withThreads(1), null,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), listener);
    }
}
