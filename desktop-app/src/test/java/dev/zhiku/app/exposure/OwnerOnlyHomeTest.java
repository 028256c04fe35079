package dev.zhiku.app.exposure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.app.serve.KnowledgeServer;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.system.OwnerOnlyFiles;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.cloud.AuditLog;
import dev.zhiku.rag.conversation.ConversationStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of a home is open to other users of the PC, and nothing of Zhiku listens beyond loopback (issue 12,
 * items 4 and 5): real indexing, the real H2 files of the catalog, conversations and audit log, the real API.
 */
class OwnerOnlyHomeTest {

    @TempDir
    Path dir;

    @Test
    void everyFileAndFolderOfAHomeInUseIsOwnerOnly() throws Exception {
        assumeTrue(OwnerOnlyFiles.posix());
        Path home = dir.resolve("home");
        assertEquals(0, cli("index", "--home", home.toString(), "--keyword-only", docs().toString()).exit);
        try (OpenHome open = OpenHome.of(home)) {
            open.conversations.create("my bank PIN");
            List<String> openToOthers = new ArrayList<>();
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.toList()) {
                    if (!OwnerOnlyFiles.openToOthers(p).isEmpty()) {
                        openToOthers.add(home.relativize(p) + " " + PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(p)));
                    }
                }
            }
            assertAll(() -> assertEquals(List.of(), openToOthers),
                    () -> assertTrue(Files.exists(home.resolve("catalog.lock.db")), "H2 lock file while open"),
                    () -> assertEquals("rwx------", PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(home))));
        }
    }

    @Test
    void anExistingHomeOpenToOthersIsRepairedAndSaidOnce() throws Exception {
        assumeTrue(OwnerOnlyFiles.posix());
        Path home = dir.resolve("old-home");
        Files.createDirectories(home.resolve("logs"));
        Files.writeString(home.resolve("logs/zhiku.log"), "old log\n");
        Files.writeString(home.resolve("settings.properties"), "ui.language=en\n");
        for (Path p : List.of(home, home.resolve("logs"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path p : List.of(home.resolve("logs/zhiku.log"), home.resolve("settings.properties"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Run first = cli("status", "--home", home.toString());
        Run second = cli("status", "--home", home.toString());
        assertAll(() -> assertEquals(1, first.err.lines().filter(l -> l.contains("readable by you alone")).count(),
                        first.err),
                () -> assertTrue(first.err.contains("4 files and folders were open to other users"), first.err),
                () -> assertFalse(second.err.contains("readable by you alone"), second.err),
                () -> assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(home.resolve("settings.properties")))),
                () -> assertEquals("rwx------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(home.resolve("logs")))));
    }

    @Test
    void databaseServersAndTheApiListenOnLoopbackOnly() throws Exception {
        assumeTrue(ListeningSockets.available());
        Path home = dir.resolve("home");
        assertEquals(0, cli("index", "--home", home.toString(), "--keyword-only", docs().toString()).exit);
        try (OpenHome open = OpenHome.of(home);
             KnowledgeServer api = KnowledgeServer.start(new Answerer(open.kb, null, RagSettings.defaults(),
                     q -> List.of()), "zhiku-extractive", 0, KnowledgeServer.newToken())) {
            List<String> databases = List.of("catalog", "conversations", "audit");
            List<Integer> ports = new ArrayList<>();
            for (String db : databases) {
                Properties lock = new Properties();
                try (InputStream in = Files.newInputStream(home.resolve(db + ".lock.db"))) {
                    lock.load(in);
                }
                String server = lock.getProperty("server", "");
                String host = server.substring(0, Math.max(0, server.lastIndexOf(':')));
                assertTrue(java.net.InetAddress.getByName(host).isLoopbackAddress(),
                        db + " server address in its lock file: " + server);
                assertTrue(OwnerOnlyFiles.openToOthers(home.resolve(db + ".lock.db")).isEmpty(),
                        db + ".lock.db (the server's key) is open to others");
                ports.add(Integer.parseInt(server.substring(server.lastIndexOf(':') + 1)));
            }
            ports.add(api.baseUri().getPort());
            List<InetSocketAddress> listening = ListeningSockets.ofThisProcess();
            assertTrue(listening.stream().allMatch(a -> a.getAddress().isLoopbackAddress()),
                    "this process listens beyond loopback: " + listening);
            if (onPath("ss")) {
                List<String> ss = ssListening();
                assertFalse(ss.isEmpty(), "ss -ltnp shows nothing of this process");
                for (String line : ss) {
                    String local = line.strip().split("\\s+")[3];
                    String host = local.substring(0, local.lastIndexOf(':')).replace("[", "").replace("]", "");
                    assertTrue(java.net.InetAddress.getByName(host).isLoopbackAddress(), "ss -ltnp: " + line);
                }
            }
            for (int port : ports) {
                List<InetSocketAddress> onPort = ListeningSockets.onPort(port);
                assertFalse(onPort.isEmpty(), "nothing listens on " + port + " of " + listening);
                assertTrue(onPort.stream().allMatch(a -> a.getAddress().isLoopbackAddress()),
                        "port " + port + " listens beyond loopback: " + onPort);
            }
        }
    }

    @Test
    void anotherUserOfThePcCanReadNothingInTheHome() throws Exception {
        assumeTrue(OwnerOnlyFiles.posix() && "root".equals(System.getProperty("user.name"))
                && onPath("useradd") && onPath("runuser") && onPath("userdel"),
                "needs root with useradd/runuser to make a second user (the mode test covers the rest)");
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        for (Path p : List.of(dir, shared)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path readable = Files.writeString(shared.resolve("public.txt"), "anyone may read this\n");
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
        Path home = shared.resolve("home");
        assertEquals(0, cli("index", "--home", home.toString(), "--keyword-only", docs().toString()).exit);
        String user = "zkprobe" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        assertEquals(0, run("useradd", "-M", "-N", "-s", "/bin/sh", user), "useradd " + user);
        try (OpenHome open = OpenHome.of(home)) {
            open.conversations.create("remember: my bank PIN is 4711");
            assertEquals(0, run("runuser", "-u", user, "--", "cat", readable.toString()),
                    "the second user reads a world-readable file (the probe works)");
            List<String> read = new ArrayList<>();
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.toList()) {
                    String[] probe = Files.isDirectory(p) ? new String[] {"ls", p.toString()}
                            : new String[] {"cat", p.toString()};
                    if (run("runuser", "-u", user, "--", probe[0], probe[1]) == 0) {
                        read.add(home.relativize(p).toString());
                    }
                }
            }
            assertEquals(List.of(), read, "what user " + user + " could read or list");
        } finally {
            run("userdel", user);
        }
    }

    /** Everything a running app holds open: the knowledge base (catalog), conversations and the audit log. */
    private record OpenHome(Wiring wiring, LocalKnowledgeBase kb, ConversationStore conversations, AuditLog audit)
            implements AutoCloseable {

        static OpenHome of(Path home) throws IOException {
            ZhikuHome zh = new ZhikuHome(home);
            Wiring.prepareHome(zh);
            Wiring wiring = new Wiring(zh, IndexerSettings.defaults());
            LocalKnowledgeBase kb = wiring.knowledgeBase(false);
            kb.privateFolders();
            return new OpenHome(wiring, kb,
                    ConversationStore.open(home.resolve("conversations")), wiring.auditLog());
        }

        @Override
        public void close() {
            conversations.close();
            kb.close();
            wiring.close();
        }
    }

    private Path docs() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("bank.txt"), "My bank PIN is kept in the blue folder.\n");
        Files.writeString(docs.resolve("volcano.md"), "# Volcanoes\n\nBasalt lava builds shield volcanoes.\n");
        return docs;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = new ZhikuCommandLine(o, e).run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The lines of {@code ss -ltnpH} that belong to this process. */
    private static List<String> ssListening() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ss did not end");
        String me = "pid=" + ProcessHandle.current().pid() + ",";
        return out.lines().filter(l -> l.contains(me)).toList();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end");
        }
        return p.exitValue();
    }
}
