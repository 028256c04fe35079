package dev.zhiku.indexer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zhiku.indexer.discovery.SourceRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    private static final long TIMEOUT_MILLIS = 10_000;
    private static final Duration QUIET = Duration.ofMillis(300);

    @TempDir
    Path root;

    private final LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private final CountDownLatch rescans = new CountDownLatch(2);
    private final AtomicInteger markers = new AtomicInteger();
    private FolderWatcher watcher;

    private void start(WatchSettings settings) throws IOException {
        watcher = new FolderWatcher(List.of(root), SourceRules.defaults(), settings, new ChangeListener() {
            @Override
            public void onChanges(Set<Path> changed) {
                batches.add(changed);
            }

            @Override
            public void onRescanNeeded() {
                batches.add(Set.of());
            }
        }, rescans::countDown);
        watcher.start();
    }

    private void start() throws IOException {
        start(WatchSettings.defaults().withQuietPeriod(QUIET));
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Waits until the batches delivered so far contain every expected path; returns everything seen. */
    private Set<Path> awaitPaths(Path... expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        while (!seen.containsAll(Set.of(expected))) {
            Set<Path> batch = batches.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (batch == null) {
                fail("expected " + Set.of(expected) + " but saw only " + seen);
            }
            seen.addAll(batch);
        }
        return seen;
    }

    /**
     * Lets trailing events of the previous step arrive and forgets them: a marker file written now is reported
     * after every change made before it, so once its batch is in, nothing of the previous step is still on its way.
     */
    private Set<Path> settle() throws Exception {
        Path marker = Files.writeString(root.resolve("marker-" + markers.incrementAndGet() + ".txt"), "m");
        Set<Path> seen = awaitPaths(marker);
        batches.clear();
        return seen;
    }

    @Test
    void createModifyDeleteAndRenameAFile() throws Exception {
        start();
        Path file = Files.writeString(root.resolve("a.txt"), "one");
        awaitPaths(file);
        settle();
        Files.writeString(file, "two");
        awaitPaths(file);
        settle();
        Path renamed = root.resolve("b.txt");
        Files.move(file, renamed);
        awaitPaths(file, renamed);
        settle();
        Files.delete(renamed);
        awaitPaths(renamed);
    }

    @Test
    void newSubfolderIsWatchedAndItsFilesReported() throws Exception {
        start();
        Path sub = Files.createDirectories(root.resolve("sub/deeper"));
        Path first = Files.writeString(sub.resolve("first.txt"), "1");
        awaitPaths(first);
        settle();
        Path later = Files.writeString(sub.resolve("later.txt"), "2");
        awaitPaths(later);
    }

    @Test
    void deletedAndRenamedFoldersDeliverTheFolderPath() throws Exception {
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve("n.txt"), "n");
        Path gone = Files.createDirectories(root.resolve("gone"));
        start();
        Path moved = root.resolve("moved");
        Files.move(sub, moved);
        awaitPaths(sub, moved.resolve("n.txt"));
        settle();
        Path inMoved = Files.writeString(moved.resolve("x.txt"), "x");
        Set<Path> seen = awaitPaths(inMoved);
        assertFalse(seen.contains(sub.resolve("x.txt")), "events in a renamed folder carry its new path");
        settle();
        Files.delete(gone);
        awaitPaths(gone);
    }

    @Test
    void hiddenAndSystemFoldersAreNotWatched() throws Exception {
        start();
        Files.createDirectories(root.resolve(".cache"));
        Files.createDirectories(root.resolve("node_modules/pkg"));
        Files.writeString(root.resolve(".cache/x.txt"), "x");
        Files.writeString(root.resolve("node_modules/pkg/y.js"), "y");
        Files.writeString(root.resolve(".hidden.txt"), "h");
        Path visible = Files.writeString(root.resolve("visible.txt"), "v");
        Set<Path> seen = awaitPaths(visible);
        seen.addAll(settle());
        Files.writeString(root.resolve(".cache/x.txt"), "changed");
        Files.writeString(root.resolve("visible.txt"), "changed");
        seen.addAll(awaitPaths(visible));
        seen.removeIf(p -> p.getFileName().toString().startsWith("marker-"));
        assertEquals(Set.of(visible), seen);
    }

    @Test
    void rapidWritesArriveAsOneBatch() throws Exception {
        start(WatchSettings.defaults().withQuietPeriod(Duration.ofMillis(1500)));
        Path file = root.resolve("busy.txt");
        for (int i = 0; i < 10; i++) {
            Files.writeString(file, "version " + i);
        }
        awaitPaths(file);
        Set<Path> after = settle();
        assertFalse(after.contains(file), "no second batch for the same burst of writes: " + after);
    }

    @Test
    void periodicRescanRunsAndThreadsStopOnClose() throws Exception {
        start(WatchSettings.defaults().withQuietPeriod(QUIET).withRescanInterval(Duration.ofMillis(100)));
        assertTrue(rescans.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS), "periodic rescan ran twice");
        assertTrue(watcherThreads().count() >= 2, "named threads zhiku-watch and zhiku-watch-events");
        watcher.close();
        Awaitility.await("watcher threads end").atMost(Duration.ofMillis(TIMEOUT_MILLIS))
                .untilAsserted(() -> assertEquals(List.of(),
                        watcherThreads().map(Thread::getName).sorted(Comparator.naturalOrder()).toList()));
    }

    private static Stream<Thread> watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("zhiku-watch"));
    }
}
