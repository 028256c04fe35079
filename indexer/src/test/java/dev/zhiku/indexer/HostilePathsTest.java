package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that used to stop a scan or vanish without a word: each is now a per-file problem with a reason, and the
 * healthy files beside it are indexed. Made with the real OS tools (mkfifo, mknod, a bound Unix socket, bash).
 */
class HostilePathsTest {

    private static final String HEALTHY = "The lighthouse keeper logs every passing ship in the harbour book.";

    @TempDir
    Path tmp;

    @Test
    void pipesSocketsAndDevicesAreListedAsSkippedWithTheirKind() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"), HEALTHY);
        run(folder, "mkfifo", "pipe.txt");
        boolean device = run(folder, "mknod", "null.txt", "c", "1", "3");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(folder.resolve("socket.txt")));
            Map<String, SourceProblem> problems = index(folder, healthy);
            assertAll(() -> assertSkipped(problems, folder.resolve("pipe.txt"), "a named pipe (FIFO), not a regular"),
                    () -> assertSkipped(problems, folder.resolve("socket.txt"), "a socket, not a regular file"));
            if (device) {
                assertSkipped(problems, folder.resolve("null.txt"), "a character device, not a regular file");
            }
        }
    }

    @Test
    void aPathLongerThanTheSystemOpensIsOneProblemAndTheRestOfTheFolderIsIndexed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"), HEALTHY);
        // Each step is short and relative, so the shell can build a path longer than any one call may name.
        String part = "d".repeat(200);
        assumeTrue(run(folder, "bash", "-c", "for i in $(seq 24); do mkdir " + part + " && cd " + part
                + " || exit 1; done; echo deep > deep.txt"), "bash could not build a deep path");
        try {
            Map<String, SourceProblem> problems = index(folder, healthy);
            SourceProblem tooLong = problems.values().stream().filter(p -> p.path().length() > 4096).findFirst()
                    .orElseThrow(() -> new AssertionError("the long path is not listed: " + problems.keySet()));
            assertEquals(SourceStatus.SKIPPED, tooLong.status());
            assertTrue(tooLong.reason().contains("characters long, more than this system lets a program open"),
                    tooLong.reason());
        } finally {
            run(folder, "rm", "-rf", part); // JUnit cannot delete a path longer than the OS opens
        }
    }

    @Test
    void aFileNameThatIsNotUtf8IsReportedNotSilentlyLost() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"), HEALTHY);
        assumeTrue(run(folder, "bash", "-c", "printf 'latin-1 report' > $'caf\\xe9.txt'"), "bash is missing");
        Map<String, SourceProblem> problems = index(folder, healthy);
        SourceProblem name = problems.get(folder.resolve("caf\uFFFD.txt").toString());
        assertTrue(name != null, "not listed: " + problems.keySet());
        assertEquals(SourceStatus.SKIPPED, name.status());
        assertTrue(name.reason().contains("not valid UTF-8"), name.reason());
    }

    @Test
    void anotherAccountsProtectedFileIsNotIndexedByRoot() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can read another account's 0600 file");
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"), HEALTHY);
        Path secret = Files.writeString(folder.resolve("alice-pin.txt"), "my bank PIN is 4711");
        Path shadow = Files.writeString(folder.resolve("shadow.txt"), "alice:$6$salt$hash");
        Path shared = Files.writeString(folder.resolve("alice-shared.txt"), "alice shares the harbour timetable");
        assumeTrue(run(folder, "chown", "54321:54321", "alice-pin.txt", "shadow.txt", "alice-shared.txt")
                && run(folder, "chmod", "0600", "alice-pin.txt") && run(folder, "chmod", "0640", "shadow.txt")
                && run(folder, "chmod", "0644", "alice-shared.txt"), "chown/chmod failed");
        Map<String, SourceProblem> problems = index(folder, healthy);
        assertAll(() -> assertSkipped(problems, secret, "protected file of another account (owner 54321"),
                () -> assertSkipped(problems, shadow, "mode 0640"),
                () -> assertEquals(null, problems.get(shared.toString()), "a file open to all is indexed"));
    }

    @Test
    void aLinkToASystemFolderIsNotFollowed() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"), HEALTHY);
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(etc.resolve("hosts.txt"), "127.0.0.1 localhost");
        Files.createSymbolicLink(folder.resolve("etc"), etc);
        Map<String, SourceProblem> problems = index(folder, healthy);
        assertSkipped(problems, folder.resolve("etc"), "outside the added folders: not followed");
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            assertTrue(indexer.catalog().find(key(folder.resolve("etc/hosts.txt"))).isEmpty());
            indexer.allowLinksOutside(List.of(folder), true);
            indexer.run();
            assertEquals(SourceStatus.INDEXED,
                    indexer.catalog().find(key(folder.resolve("etc/hosts.txt"))).orElseThrow().status());
        }
    }

    /** Indexes the folder; the healthy file must be indexed. Returns the listed problems by path. */
    private Map<String, SourceProblem> index(Path folder, Path healthy) throws Exception {
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            indexer.addRoots(List.of(folder), false);
            indexer.run();
            assertEquals(SourceStatus.INDEXED, indexer.catalog().find(key(healthy)).orElseThrow().status());
            try (Stream<SourceProblem> s = indexer.catalog().problems().stream()) {
                return s.collect(Collectors.toMap(SourceProblem::path, p -> p));
            }
        }
    }

    private static void assertSkipped(Map<String, SourceProblem> problems, Path path, String reason) {
        SourceProblem p = problems.get(path.toString());
        assertTrue(p != null, path + " is not listed; listed: " + problems.keySet());
        assertEquals(SourceStatus.SKIPPED, p.status(), p::toString);
        assertTrue(p.reason().contains(reason), p.reason());
    }

    private static boolean run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
