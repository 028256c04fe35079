package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and an empty home: exit codes and the single line a person reads on stderr. */
class ZhikuCommandLineTest {

    @TempDir
    Path home;

    @Test
    void versionExitsZero() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("zhiku "), run.out());
    }

    @Test
    void everyPicocliCommandHasGeneratedHelpWithItsOwnOptions() {
        String[][] commands = {{"index", "--keyword-only"}, {"search", "--json"}, {"status", "--json"},
            {"ask", "--no-llm"}, {"chat", "--no-llm"}, {"eval", "--baseline"}, {"serve", "--token-file"},
            {"mcp", "--share-private"}, {"cloud", "--key-stdin"}, {"embeddings", "--query-prefix"}, {"engines", "--trusted"}, {"models", "--mirror"}, {"audit", "--json"}};
        for (String[] c : commands) {
            CliRun run = CliRun.of(c[0], "--help");
            assertAll(c[0], () -> assertEquals(0, run.exit(), run.err()),
                    () -> assertTrue(run.out().contains("Usage: zhiku " + c[0]), run.out()),
                    () -> assertTrue(run.out().contains("--home"), run.out()),
                    () -> assertTrue(run.out().contains(c[1]), run.out()));
        }
    }

    /** The registered benchmarks are picocli commands too: bench and each benchmark get a generated --help. */
    @Test
    void benchAndEveryBenchmarkHaveGeneratedHelpWithTheirOwnOptions() {
        CliRun bench = CliRun.of("bench", "--help");
        assertAll("bench", () -> assertEquals(0, bench.exit(), bench.err()),
                () -> assertTrue(bench.out().contains("Usage: zhiku bench [-h] BENCHMARK"), bench.out()),
                () -> assertFalse(bench.out().contains("index-reference"), "the child's pass is hidden: "
                        + bench.out()));
        String[][] benchmarks = {{"index", "--no-reference", "PATH"}, {"search", "--sizes", "--queries"},
            {"serve", "--clients", "--seconds"}, {"cloud", "--runs", "--runs"}, {"llm", "--synthetic", "--rag"},
            {"startup", "--headless", "--runs"}, {"ui", "--keyword-only", "CORPUS"}, {"viewer", "--pages", "--mb"}};
        for (String[] b : benchmarks) {
            assertTrue(bench.out().lines().anyMatch(l -> l.strip().startsWith(b[0] + " ")), b[0] + ": " + bench.out());
            CliRun run = CliRun.of("bench", b[0], "--help");
            assertAll(b[0], () -> assertEquals(0, run.exit(), run.err()),
                    () -> assertTrue(run.out().contains("Usage: zhiku bench " + b[0]), run.out()),
                    () -> assertTrue(run.out().contains(b[1]) && run.out().contains(b[2]), run.out()));
        }
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("bench") && top.out().contains("benchmarks: indexing"), top.out());
    }

    @Test
    void benchWithoutABenchmarkIsBadUsage() {
        assertBadUsage(CliRun.of("bench"), "bench needs what to measure: index, search");
    }

    @Test
    void anUnknownBenchmarkIsBadUsageThatListsThem() {
        assertBadUsage(CliRun.of("bench", "frobnicate"),
                "unknown benchmark 'frobnicate' (index, search, serve, cloud, llm, startup, ui, viewer)");
    }

    @Test
    void aBenchmarkOptionOutOfBoundsIsBadUsage() {
        assertBadUsage(CliRun.of("bench", "cloud", "--runs", "5"), "--runs must be between 10 and 100000, not 5");
        assertBadUsage(CliRun.of("bench", "serve", "--clients", "many", home.toString()),
                "--clients needs a whole number, not many");
        assertBadUsage(CliRun.of("bench", "ui", "--colour", home.toString()), "unknown option --colour");
    }

    @Test
    void aProxyWithoutAPortNumberIsBadUsage() {
        assertBadUsage(CliRun.of("models", "download", "qwen2.5-0.5b-instruct-q4_k_m", "--home", home.toString(),
                "--proxy", "127.0.0.1:port"), "--proxy is HOST:PORT");
    }

    @Test
    void mcpRefusesStrayWordsBeforeServing() {
        assertBadUsage(CliRun.of("mcp", "--home", home.toString(), "stdio"), "mcp takes no arguments");
    }

    @Test
    void unknownCommandIsBadUsage() {
        assertBadUsage(CliRun.of("frobnicate"), "unknown command 'frobnicate'");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertBadUsage(CliRun.of("search", "--home", home.toString(), "--colour", "x"), "unknown option --colour");
    }

    @Test
    void missingValueIsBadUsage() {
        assertBadUsage(CliRun.of("search", "words", "--home"), "--home needs a value");
    }

    @Test
    void badNumberIsBadUsage() {
        CliRun run = CliRun.of("search", "--home", home.toString(), "-k", "many", "words");
        assertBadUsage(run, "-k needs a whole number");
    }

    @Test
    void indexOfAMissingPathIsBadUsage() {
        String missing = home.resolve("no-such-folder").toString();
        assertBadUsage(CliRun.of("index", "--home", home.toString(), missing), "no such file or folder");
    }

    @Test
    void searchInAnEmptyHomeFailsWithOneClearLine() {
        CliRun run = CliRun.of("search", "--home", home.toString(), "--keyword-only", "anything");
        assertAll(() -> assertEquals(1, run.exit(), run.err()),
                () -> assertEquals(1, run.errLines(), run.err()),
                () -> assertTrue(run.err().contains("zhiku index"), run.err()),
                () -> assertFalse(run.err().contains("\tat "), run.err()));
    }

    @Test
    void statusOfAnEmptyHomeSaysSo() {
        CliRun run = CliRun.of("status", "--home", home.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("no knowledge base yet"), run.out());
    }

    @Test
    void statusJsonOfAnEmptyHomeHasZeroCounts() throws IOException {
        CliRun run = CliRun.of("status", "--home", home.toString(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode status = new ObjectMapper().readTree(run.out());
        assertEquals("{\"queued\":0,\"indexed\":0,\"failed\":0,\"skipped\":0}", status.path("sources").toString());
        assertEquals(0, status.path("passages").asInt());
        assertTrue(status.path("problems").isEmpty(), run.out());
    }

    private static void assertBadUsage(CliRun run, String expected) {
        assertAll(() -> assertEquals(2, run.exit(), run.err()),
                () -> assertEquals(1, run.errLines(), run.err()),
                () -> assertTrue(run.err().contains(expected), run.err()),
                () -> assertFalse(run.err().contains("Exception"), run.err()),
                () -> assertTrue(run.out().isEmpty(), run.out()));
    }
}
