package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.StoredPassage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an indexing child JVM half-way (SIGKILL) and proves the next run repairs everything. */
class CrashRecoveryTest {

    private static final long CHILD_TIMEOUT_MILLIS = 240_000;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunIsCompletedByTheNextWithoutLossOrDuplicates() throws Exception {
        int files = 300;
        for (int attempt = 0; attempt < 4; attempt++, files *= 3) {
            Path folder = tmp.resolve("docs-" + attempt);
            List<Path> written = GeneratedFolder.write(folder, files, 17L + attempt);
            Path home = tmp.resolve("home-" + attempt);
            if (killHalfWay(home, folder)) {
                assertRecovered(home, folder, written);
                return;
            }
        }
        fail("the child always finished before it could be killed");
    }

    /** Starts the child and kills it once some but not all files are indexed; false if it finished first. */
    private boolean killHalfWay(Path home, Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CrashRecoveryChild.class.getName(), home.toString(), folder.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve(home.getFileName() + ".log").toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + CHILD_TIMEOUT_MILLIS;
            Path catalogFile = home.resolve("catalog.mv.db");
            while (System.currentTimeMillis() < deadline && child.isAlive()) {
                if (Files.exists(catalogFile) && isHalfWay(home)) {
                    child.destroyForcibly();
                    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
                    return true;
                }
                Thread.sleep(20);
            }
            if (child.isAlive()) {
                fail("the child neither finished nor reached half-way; see " + home + ".log");
            }
            return false;
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static boolean isHalfWay(Path home) {
        try (Catalog catalog = Catalog.open(home.resolve("catalog"))) {
            Map<SourceStatus, Integer> counts = catalog.counts();
            return counts.getOrDefault(SourceStatus.INDEXED, 0) > 0 && catalog.queuedCount() > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private void assertRecovered(Path home, Path folder, List<Path> written) throws Exception {
        long passages;
        try (Indexer indexer = TestIndexers.open(home, null, 2)) {
            indexer.addRoots(List.of(folder), false);
            indexer.run();
            for (Path file : written) {
                var row = indexer.catalog().find(key(file)).orElseThrow(() -> new AssertionError(file + " lost"));
                assertEquals(SourceStatus.INDEXED, row.status(), row::toString);
                List<StoredPassage> stored = indexer.index().passagesOf(row.path());
                assertEquals(row.chunks(), stored.size(), row.path());
                Set<String> ids = new HashSet<>();
                stored.forEach(p -> assertTrue(ids.add(p.passage().id()), "duplicate passage in " + row.path()));
            }
            TestIndexers.assertIndexMatchesCatalog(indexer, written);
            assertEquals(written.size(), indexer.catalog().counts().getOrDefault(SourceStatus.INDEXED, 0));
            passages = indexer.index().count(false);
        }
        try (Indexer fresh = TestIndexers.open(tmp.resolve(home.getFileName() + "-fresh"), null, 2)) {
            fresh.addRoots(List.of(folder), false);
            fresh.run();
            assertEquals(fresh.index().count(false), passages);
        }
    }
}
