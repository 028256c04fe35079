package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhiku serve} takes its token from a file or standard input, so that it never shows in the process list,
 * and prints the one it made up when none is given (issue 12, item 5). The real command, real HTTP on loopback.
 */
class ServeTokenTest {

    private static final Pattern BASE = Pattern.compile("serving your documents at (\\S+)");
    private static final Pattern TOKEN = Pattern.compile("Token: (\\S+)");

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void index() throws Exception {
        home = dir.resolve("home");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("plants.md"), "Chloroplasts capture sunlight for photosynthesis.\n");
        assertEquals(0, CliRun.of("index", "--home", home.toString(), "--keyword-only", docs.toString()).exit());
    }

    @Test
    void tokenFromAFileIsUsedAndNotEchoed() throws Exception {
        Path file = Files.writeString(dir.resolve("token.txt"), "zk-from-a-file-7f3a\n");
        try (Served served = serve(InputStream.nullInputStream(), "--token-file", file.toString())) {
            assertAll(() -> assertEquals(200, served.status("zk-from-a-file-7f3a"), served.out),
                    () -> assertEquals(401, served.status("zk-something-else"), served.out),
                    () -> assertFalse(served.out.contains("zk-from-a-file-7f3a"), served.out),
                    () -> assertTrue(served.out.contains("Token: the one in " + file), served.out),
                    () -> assertFalse(served.err.contains("process list"), served.err));
        }
    }

    @Test
    void tokenFromStandardInputIsUsed() throws Exception {
        InputStream stdin = new ByteArrayInputStream("zk-piped-in-91c2\n".getBytes(StandardCharsets.UTF_8));
        try (Served served = serve(stdin, "--token-stdin")) {
            assertAll(() -> assertEquals(200, served.status("zk-piped-in-91c2"), served.out),
                    () -> assertFalse(served.out.contains("zk-piped-in-91c2"), served.out));
        }
    }

    @Test
    void aGeneratedTokenIsPrintedAndWorks() throws Exception {
        try (Served served = serve(InputStream.nullInputStream())) {
            Matcher m = TOKEN.matcher(served.out);
            assertTrue(m.find(), served.out);
            assertEquals(200, served.status(m.group(1)), served.out);
        }
    }

    @Test
    void aTokenOnTheCommandLineStillWorksWithAWarning() throws Exception {
        try (Served served = serve(InputStream.nullInputStream(), "--token", "zk-visible-to-all")) {
            assertAll(() -> assertEquals(200, served.status("zk-visible-to-all"), served.out),
                    () -> assertTrue(served.err.contains("visible to every user of this PC in the process list"),
                            served.err));
        }
    }

    @Test
    void anEmptyTokenFileIsBadUsage() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "\n");
        CliRun run = CliRun.of("serve", "--home", home.toString(), "--keyword-only", "--port", "0",
                "--token-file", file.toString());
        assertAll(() -> assertEquals(2, run.exit(), run.err()),
                () -> assertTrue(run.err().contains("must not be empty"), run.err()));
    }

    /** The token file's name is shown after "Token:"; a name with control characters cannot fake lines there. */
    @Test
    void aTokenFileNameWithControlCharactersIsEscapedInTheBanner() throws Exception {
        Path file = Files.writeString(dir.resolve("token\nZhiku is serving at evil.example\u001b[2J"),
                "zk-escaped-name-41\n");
        try (Served served = serve(InputStream.nullInputStream(), "--token-file", file.toString())) {
            assertAll(() -> assertEquals(200, served.status("zk-escaped-name-41"), served.out),
                    () -> assertFalse(served.out.contains("\u001b"), served.out),
                    () -> assertFalse(served.out.lines().anyMatch(l -> l.startsWith("Zhiku is serving at evil")),
                            served.out),
                    () -> assertTrue(served.out.contains("token\\u000AZhiku is serving at evil.example"
                            + "\\u001B[2J"), served.out));
        }
    }

    /** Runs {@code zhiku serve} until its banner is printed, asks GET /v1/models with each token, then stops it. */
    private Served serve(InputStream stdin, String... extra) throws Exception {
        CountDownLatch banner = new CountDownLatch(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(int b) {
                bytes.write(b);
                if (bytes.toString(StandardCharsets.UTF_8).contains("Press Ctrl+C")) {
                    banner.countDown();
                }
            }
        }, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        List<String> args = new ArrayList<>(List.of("--home", home.toString(), "--keyword-only", "--port", "0"));
        args.addAll(List.of(extra));
        ServeCommand command = new ServeCommand(out, new PrintStream(err, true, StandardCharsets.UTF_8), stdin, stop);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return command.run(args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                banner.countDown();
            }
        });
        assertTrue(banner.await(120, TimeUnit.SECONDS), "serve printed no banner: " + bytes);
        String printed;
        synchronized (out) {
            printed = bytes.toString(StandardCharsets.UTF_8);
        }
        assertFalse(running.isDone(), "serve ended early: " + printed + err);
        Matcher base = BASE.matcher(printed);
        assertTrue(base.find(), printed);
        return new Served(URI.create(base.group(1)), printed, err.toString(StandardCharsets.UTF_8), stop, running);
    }

    private record Served(URI base, String out, String err, CountDownLatch stop, CompletableFuture<Integer> running)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            stop.countDown();
            assertEquals(0, running.get(60, TimeUnit.SECONDS));
        }

        int status(String token) throws Exception {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/models"))
                        .header("Authorization", "Bearer " + token).GET().build();
                return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            }
        }
    }
}
