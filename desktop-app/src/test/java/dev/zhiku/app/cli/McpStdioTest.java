package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP SDK's own client drives {@code zhiku mcp} as a child process over stdio, on a small real index (Tika,
 * Lucene, H2) with one public and one private folder.
 */
class McpStdioTest {

    @TempDir
    static Path temp;

    private static McpSyncClient client;
    private static final int TIDE_LINES = 600;
    /** One passage kept in two public folders and, a third time, in the private one. */
    private static final String LEDGER = """
            # Ledger

            To restore the harbour ledger, unwind the spool of magnetic tape onto the reader and replay the
            quarterly journal from the first mooring fee onwards.
            """;
    private static Path home;
    private static Path open;
    private static Path secret;

    @BeforeAll
    static void indexAndStart() throws IOException {
        home = temp.resolve("home");
        open = SampleFolder.write(temp.resolve("open"));
        Files.setLastModifiedTime(open.resolve(SampleFolder.HTML),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2001-06-15T12:00:00Z")));
        StringBuilder tides = new StringBuilder("# Tide log\n\n");
        for (int i = 1; i <= TIDE_LINES; i++) {
            tides.append("Entry number ").append(i).append(" records the harbour tide.").append(i % 7 == 0 ? "\n\n" : " ");
        }
        Files.writeString(open.resolve("tides.md"), tides, StandardCharsets.UTF_8);
        for (String copy : List.of("manual", "backup")) {
            Files.createDirectories(open.resolve(copy));
            Files.writeString(open.resolve(copy).resolve("ledger.md"), LEDGER, StandardCharsets.UTF_8);
        }
        secret = temp.resolve("secret");
        Files.createDirectories(secret);
        Files.writeString(secret.resolve("ledger-copy.md"), LEDGER, StandardCharsets.UTF_8);
        Files.writeString(secret.resolve("diary.md"), """
                # Diary

                The chloroplasts in my garden photosynthesis notes are private.
                """, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("index", "--home", home.toString(), "--keyword-only", open.toString()).exit());
        CliRun priv = CliRun.of("index", "--home", home.toString(), "--keyword-only", "--private", secret.toString());
        assertEquals(0, priv.exit(), priv.err());
        List<String> command = ChildZhiku.command(temp.resolve("logs"), "mcp", "--home", home.toString());
        ServerParameters params = ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size())).build();
        StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(new ObjectMapper()));
        transport.setStdErrorHandler(line -> System.err.println("zhiku mcp (child): " + line));
        client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(120))
                .clientInfo(new McpSchema.Implementation("zhiku-test-client", "1.0")).build();
        client.initialize();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    @Test
    void listsSearchDocumentsWithASchema() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        McpSchema.Tool search = tools.stream().filter(t -> t.name().equals("search_documents")).findFirst()
                .orElseThrow(() -> new AssertionError("no search_documents in " + tools));
        Map<String, Object> schema = search.inputSchema();
        assertAll(() -> assertTrue(String.valueOf(schema.get("properties")).contains("query="), schema.toString()),
                () -> assertEquals(List.of("query"), schema.get("required")),
                () -> assertFalse(search.description().isBlank()));
    }

    @Test
    void searchReturnsCitedPassagesAndLeavesOutPrivateFolders() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search_documents",
                Map.of("query", "chloroplasts photosynthesis", "k", 5)));
        String text = ((McpSchema.TextContent) result.content().getFirst()).text();
        assertAll(() -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains(SampleFolder.ENGLISH), text),
                () -> assertFalse(text.contains("diary.md"), text),
                () -> assertTrue(result.structuredContent().toString().contains(SampleFolder.ENGLISH),
                        String.valueOf(result.structuredContent())));
    }

    @Test
    void aPassageSeveralFilesHoldIsOneResultNamingTheOtherFilesButNeverAPrivateOne() {
        McpSchema.CallToolResult result = call("search_documents",
                Map.of("query", "restore the harbour ledger from magnetic tape", "k", 5));
        String text = text(result);
        List<?> passages = (List<?>) ((Map<?, ?>) result.structuredContent()).get("passages");
        List<?> ledgers = passages.stream().filter(p -> String.valueOf(((Map<?, ?>) p).get("path"))
                .endsWith("ledger.md")).toList();
        assertAll(() -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                () -> assertEquals(1, ledgers.size(), String.valueOf(passages)),
                () -> assertEquals(1, ((List<?>) ((Map<?, ?>) ledgers.getFirst()).get("alsoIn")).size(),
                        String.valueOf(ledgers)),
                () -> assertTrue(String.valueOf(ledgers).contains("ledger.md"), String.valueOf(ledgers)),
                () -> assertTrue(text.contains("(also in 1 other file: "), text),
                () -> assertFalse(text.contains("ledger-copy.md") || String.valueOf(passages).contains(
                        "ledger-copy.md"), text));
    }

    @Test
    void badArgumentsGiveAReadableToolError() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search_documents",
                Map.of("query", "volcano", "k", 0)));
        String text = ((McpSchema.TextContent) result.content().getFirst()).text();
        assertAll(() -> assertTrue(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains("'k'") || text.contains("minimum"), text));
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }

    private static McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    @Test
    void everyToolHasADescriptionAndASchema() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        for (String name : List.of("search_documents", "list_sources", "read_document", "ask_documents")) {
            McpSchema.Tool tool = tools.stream().filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " in " + tools));
            assertAll(name, () -> assertTrue(tool.description().length() > 80, tool.description()),
                    () -> assertEquals("object", tool.inputSchema().get("type")),
                    () -> assertTrue(tool.inputSchema().get("properties") instanceof Map, tool.inputSchema().toString()));
        }
    }

    @Test
    void listSourcesMarksThePrivateFolderAndGivesWhyAFileFailed() {
        McpSchema.CallToolResult result = call("list_sources", Map.of());
        String text = text(result);
        String structured = String.valueOf(result.structuredContent());
        assertAll(() -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains(open.toString()), text),
                () -> assertTrue(text.contains(secret.toString() + " (private"), text),
                () -> assertTrue(text.contains(SampleFolder.BROKEN_PDF), text),
                () -> assertTrue(structured.contains("private=true"), structured),
                () -> assertFalse(text.contains("diary.md"), text));
        McpSchema.CallToolResult indexed = call("list_sources", Map.of("status", "indexed"));
        String files = text(indexed);
        assertAll(() -> assertTrue(files.contains(SampleFolder.ENGLISH), files),
                () -> assertFalse(files.contains("diary.md"), files),
                () -> assertFalse(files.contains(SampleFolder.BROKEN_PDF), files));
        assertTrue(Boolean.TRUE.equals(call("list_sources", Map.of("status", "lost")).isError()));
    }

    @Test
    void readDocumentReturnsTheTextOfAnIndexedFileInBoundedSlices() {
        String path = open.resolve(SampleFolder.ENGLISH).toString();
        McpSchema.CallToolResult whole = call("read_document", Map.of("path", path));
        String text = text(whole);
        assertAll(() -> assertFalse(Boolean.TRUE.equals(whole.isError()), text),
                () -> assertTrue(text.contains("chloroplasts"), text),
                () -> assertTrue(text.contains("This process is called photosynthesis"), text));
        McpSchema.CallToolResult slice = call("read_document", Map.of("path", path, "offset", 2, "length", 10));
        Map<String, Object> s = (Map<String, Object>) slice.structuredContent();
        assertAll(() -> assertEquals(10, ((Number) s.get("length")).intValue(), s.toString()),
                () -> assertEquals(12, ((Number) s.get("nextOffset")).intValue(), s.toString()),
                () -> assertTrue(text.contains(text(slice).substring(0, 10)), text(slice)));
        assertTrue(Boolean.TRUE.equals(call("read_document", Map.of("path", path, "length", 20001)).isError()));
    }

    @Test
    void readDocumentRefusesPrivateFilesAndPathsOutsideTheFolders() {
        McpSchema.CallToolResult passwd = call("read_document", Map.of("path", "/etc/passwd"));
        McpSchema.CallToolResult diary = call("read_document",
                Map.of("path", secret.resolve("diary.md").toString()));
        McpSchema.CallToolResult dotdot = call("read_document",
                Map.of("path", open.resolve("..").resolve("secret").resolve("diary.md").toString()));
        McpSchema.CallToolResult unknown = call("read_document",
                Map.of("path", open.resolve("no-such-file.md").toString()));
        assertAll(() -> assertTrue(Boolean.TRUE.equals(passwd.isError()), text(passwd)),
                () -> assertTrue(text(passwd).contains("not in one of the user's knowledge folders"), text(passwd)),
                () -> assertFalse(text(passwd).contains("root:"), text(passwd)),
                () -> assertTrue(Boolean.TRUE.equals(diary.isError()), text(diary)),
                () -> assertTrue(text(diary).contains("private"), text(diary)),
                () -> assertFalse(text(diary).contains("chloroplasts"), text(diary)),
                () -> assertTrue(Boolean.TRUE.equals(dotdot.isError()), text(dotdot)),
                () -> assertFalse(text(dotdot).contains("chloroplasts"), text(dotdot)),
                () -> assertTrue(Boolean.TRUE.equals(unknown.isError()), text(unknown)),
                () -> assertTrue(text(unknown).contains("not an indexed file"), text(unknown)));
    }

    @Test
    void aQuestionAboutTheCollectionLeavesOutThePrivateFolder() {
        McpSchema.CallToolResult result = call("ask_documents",
                Map.of("question", "Which documents mention chloroplasts?"));
        String text = text(result);
        assertAll(() -> assertTrue(text.contains(SampleFolder.ENGLISH), text),
                () -> assertFalse(text.contains("diary.md"), text));
        String list = text(call("ask_documents", Map.of("question", "How many Markdown files do I have?")));
        assertFalse(list.contains("diary.md"), list);
        assertTrue(list.contains("tides.md"), list);
    }

    @Test
    void askDocumentsAnswersWithCitationsAndNeverQuotesThePrivateFolder() {
        McpSchema.CallToolResult result = call("ask_documents",
                Map.of("question", "What do green plants capture in their chloroplasts?"));
        String text = text(result);
        assertAll(() -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains("[1] ") && text.contains(SampleFolder.ENGLISH), text),
                () -> assertFalse(text.contains("diary.md"), text),
                () -> assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("garden"), text),
                () -> assertEquals(false, ((Map<?, ?>) result.structuredContent()).get("notInDocuments"), text));
    }

    @Test
    void everyCallIsInTheAuditLogWithTheClientTheToolAndTheFilesItWasGiven() throws Exception {
        String query = "chloroplasts photosynthesis audit " + System.nanoTime();
        McpSchema.CallToolResult result = call("search_documents", Map.of("query", query, "k", 3));
        assertFalse(Boolean.TRUE.equals(result.isError()), text(result));
        call("read_document", Map.of("path", "/etc/passwd"));
        CliRun audit = CliRun.of("audit", "list", "--json", "--home", home.toString());
        assertEquals(0, audit.exit(), audit.err());
        com.fasterxml.jackson.databind.JsonNode entries = new ObjectMapper().readTree(audit.out());
        com.fasterxml.jackson.databind.JsonNode search = null;
        com.fasterxml.jackson.databind.JsonNode refused = null;
        for (com.fasterxml.jackson.databind.JsonNode e : entries) {
            String payload = e.path("payload").toString();
            if (payload.contains(query)) {
                search = e;
            }
            if (payload.contains("/etc/passwd")) {
                refused = e;
            }
        }
        String all = entries.toString();
        assertTrue(search != null, all);
        com.fasterxml.jackson.databind.JsonNode payload = search.path("payload");
        com.fasterxml.jackson.databind.JsonNode refusedEntry = refused;
        com.fasterxml.jackson.databind.JsonNode searchEntry = search;
        assertAll(() -> assertEquals("mcp:zhiku-test-client 1.0", searchEntry.path("endpoint").asText(), all),
                () -> assertEquals("zhiku-test-client 1.0", payload.path("client").asText(), all),
                () -> assertEquals("MCP", searchEntry.path("trigger").asText(), all),
                () -> assertEquals("search_documents", payload.path("tool").asText(), all),
                () -> assertEquals(query, payload.path("arguments").path("query").asText(), all),
                () -> assertTrue(payload.path("files").toString().contains(SampleFolder.ENGLISH), all),
                () -> assertFalse(payload.path("files").toString().contains("diary.md"), all),
                () -> assertTrue(refusedEntry != null && refusedEntry.path("outcome").asText().startsWith("refused"),
                        all));
    }

    @Test
    void indexedDocumentsAreResourcesAndPrivateOnesAreNot() {
        List<McpSchema.Resource> resources = client.listResources().resources();
        String all = resources.toString();
        McpSchema.Resource photosynthesis = resources.stream()
                .filter(r -> r.name().equals(Path.of(SampleFolder.ENGLISH).getFileName().toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + SampleFolder.ENGLISH + " in " + all));
        McpSchema.ReadResourceResult read = client.readResource(new McpSchema.ReadResourceRequest(photosynthesis.uri()));
        String text = ((McpSchema.TextResourceContents) read.contents().getFirst()).text();
        assertAll(() -> assertTrue(photosynthesis.uri().startsWith("zhiku://doc/"), all),
                () -> assertFalse(all.contains("diary.md"), all),
                () -> assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("chloroplast"), text));
    }

    @Test
    void aClientStartedWithSharePrivateSeesThePrivateFolderAndOnlyThatClient() {
        List<String> command = ChildZhiku.command(temp.resolve("logs-shared"), "mcp", "--home", home.toString(),
                "--share-private");
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size())).build(), new JacksonMcpJsonMapper(new ObjectMapper()));
        try (McpSyncClient shared = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(120))
                .clientInfo(new McpSchema.Implementation("trusted-client", "1.0")).build()) {
            shared.initialize();
            String sharedText = ((McpSchema.TextContent) shared.callTool(new McpSchema.CallToolRequest(
                    "search_documents", Map.of("query", "chloroplasts garden diary", "k", 10))).content().getFirst())
                    .text();
            String otherText = text(call("search_documents", Map.of("query", "chloroplasts garden diary", "k", 10)));
            assertAll(() -> assertTrue(sharedText.contains("diary.md"), sharedText),
                    () -> assertFalse(otherText.contains("diary.md"), otherText));
        }
    }

    @Test
    void askDocumentsSaysPlainlyWhenTheAnswerIsNotInTheDocuments() {
        McpSchema.CallToolResult result = call("ask_documents",
                Map.of("question", "What is the boiling point of liquid nitrogen in kelvin?"));
        String text = text(result);
        assertAll(() -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains("could not find this in your documents"), text),
                () -> assertEquals(true, ((Map<?, ?>) result.structuredContent()).get("notInDocuments"), text));
    }

    @Test
    void searchNarrowsToAFolderAndAModificationDateRange() {
        String old = text(call("search_documents", Map.of("query", "shield volcanoes basalt",
                "modified_before", "2002-01-01")));
        String recent = text(call("search_documents", Map.of("query", "shield volcanoes basalt",
                "modified_after", "2002-01-01")));
        String inOpen = text(call("search_documents", Map.of("query", "chloroplasts photosynthesis",
                "folder", open.toString())));
        McpSchema.CallToolResult inSecret = call("search_documents", Map.of("query", "chloroplasts",
                "folder", secret.toString()));
        McpSchema.CallToolResult badDate = call("search_documents", Map.of("query", "volcano",
                "modified_after", "last tuesday"));
        assertAll(() -> assertTrue(old.contains(SampleFolder.HTML), old),
                () -> assertFalse(recent.contains(SampleFolder.HTML), recent),
                () -> assertTrue(inOpen.contains(SampleFolder.ENGLISH), inOpen),
                () -> assertTrue(Boolean.TRUE.equals(inSecret.isError()), text(inSecret)),
                () -> assertFalse(text(inSecret).contains("garden"), text(inSecret)),
                () -> assertTrue(Boolean.TRUE.equals(badDate.isError()), text(badDate)),
                () -> assertTrue(text(badDate).contains("ISO date"), text(badDate)));
    }

    @Test
    void readDocumentGivesALongFileOnceInOrderAcrossPassagesAndSlices() {
        String path = open.resolve("tides.md").toString();
        StringBuilder whole = new StringBuilder();
        Integer offset = 0;
        int calls = 0;
        while (offset != null) {
            McpSchema.CallToolResult slice = call("read_document", Map.of("path", path, "offset", offset, "length", 20000));
            assertFalse(Boolean.TRUE.equals(slice.isError()), text(slice));
            Map<?, ?> s = (Map<?, ?>) slice.structuredContent();
            whole.append(text(slice), 0, ((Number) s.get("length")).intValue());
            offset = s.get("nextOffset") == null ? null : ((Number) s.get("nextOffset")).intValue();
            assertTrue(++calls < 10, "too many slices");
        }
        String text = whole.toString();
        int last = -1;
        for (int i = 1; i <= TIDE_LINES; i++) {
            String entry = "Entry number " + i + " records";
            int at = text.indexOf(entry);
            assertTrue(at > last, entry + " missing or out of order");
            assertEquals(at, text.lastIndexOf(entry), entry + " appears twice");
            last = at;
        }
        assertTrue(calls > 1, "the file should need more than one 20000-character slice: " + text.length());
    }
}
