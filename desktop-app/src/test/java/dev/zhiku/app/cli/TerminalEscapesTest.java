package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhiku.rag.cloud.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name with a line break and an escape sequence cannot fake lines or drive the terminal in CLI output. */
class TerminalEscapesTest {

    private static final String HOSTILE = "pipe\n  indexed  fake.txt — ok\u001b[2J.txt";

    @TempDir
    Path tmp;

    @Test
    void controlCharactersInFileNamesAreEscapedInIndexAndStatus() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(folder.resolve("notes.txt"), "The harbour book lists every ship.");
        Process mkfifo = new ProcessBuilder("mkfifo", HOSTILE).directory(folder.toFile()).start();
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        String home = tmp.resolve("home").toString();
        CliRun index = CliRun.of("index", "--home", home, "--keyword-only", folder.toString());
        CliRun status = CliRun.of("status", "--home", home);
        assertEquals(0, index.exit(), index.err());
        for (CliRun run : new CliRun[] {index, status}) {
            assertAll(() -> assertFalse(run.out().contains("\u001b"), run.out()),
                    () -> assertFalse(run.out().lines().anyMatch(l -> l.startsWith("  indexed  fake")),
                            run.out()),
                    () -> assertTrue(run.out().contains("pipe\\u000A  indexed  fake.txt — ok\\u001B[2J.txt"
                            + " — a named pipe (FIFO)"), run.out()));
        }
    }

    /**
     * A document's own text (an escape sequence that would clear the screen, a title-setting sequence) and a hostile
     * file name reach the terminal in {@code zhiku chat} through the answer and its citations: both are escaped,
     * and the answer keeps its line breaks.
     */
    @Test
    void chatEscapesDocumentTextAndFileNames() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(folder.resolve("harbour\n> fake prompt\u001b[2J.txt"), "The harbour book lists every ship "
                + "that passes the lighthouse.\u001b[2J\u001b]0;owned\u0007 The ferries leave the harbour at nine.\n");
        String home = tmp.resolve("chat-home").toString();
        assertEquals(0, CliRun.of("index", "--home", home, "--keyword-only", folder.toString()).exit());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
            int exit = new ChatCommand(out, new java.io.ByteArrayInputStream(
                    "Which ships does the harbour book list?\n/list\n/quit\n".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8))).run(java.util.List.of("--home", home, "--no-llm"));
            assertEquals(0, exit);
        }
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertAll(() -> assertFalse(printed.contains("\u001b"), printed),
                () -> assertFalse(printed.contains("\u0007"), printed),
                () -> assertTrue(printed.contains("harbour\\u000A> fake prompt\\u001B[2J.txt"), printed),
                () -> assertTrue(printed.contains("lighthouse."), printed),
                () -> assertFalse(printed.lines().anyMatch(l -> l.startsWith("> fake prompt")), printed));
        CliRun ask = CliRun.of("ask", "--home", home, "--no-llm", "Which ships does the harbour book list?");
        assertAll(() -> assertEquals(0, ask.exit(), ask.err()),
                () -> assertTrue(ask.out().contains("lighthouse."), ask.out()),
                () -> assertFalse(ask.out().contains("\u001b") || ask.out().contains("\u0007"), ask.out()));
    }

    /** An MCP client names itself; the name reaches {@code zhiku audit list}, and must not fake lines there. */
    @Test
    void aClientNameWithControlCharactersCannotFakeAuditLines() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("audit-home"));
        try (AuditLog log = AuditLog.open(home.resolve("audit"))) {
            log.recordMcpCall("evil\n    99  2026-01-01 00:00  https://fake.example\u001b[2J", "search_documents",
                    "{}", java.util.List.of(), "answered: 0 files");
        }
        CliRun list = CliRun.of("audit", "list", "--home", home.toString());
        assertAll(() -> assertEquals(0, list.exit(), list.err()),
                () -> assertFalse(list.out().contains("\u001b"), list.out()),
                () -> assertEquals(1, list.out().lines().count(), list.out()),
                () -> assertTrue(list.out().contains("mcp:evil\\u000A"), list.out()));
    }
}
