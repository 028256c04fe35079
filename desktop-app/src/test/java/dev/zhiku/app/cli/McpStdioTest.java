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

    @BeforeAll
    static void indexAndStart() throws IOException {
        Path home = temp.resolve("home");
        Path open = SampleFolder.write(temp.resolve("open"));
        Path secret = temp.resolve("secret");
        Files.createDirectories(secret);
        Files.writeString(secret.resolve("diary.md"), """
                # Diary

                The chloroplasts in my garden photosynthesis notes are private.
                """, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("index", "--home", home.toString(), "--keyword-only", open.toString()).exit());
        CliRun priv = CliRun.of("index", "--home", home.toString(), "--keyword-only", "--private", secret.toString());
        assertEquals(0, priv.exit(), priv.err());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters params = ServerParameters.builder(java)
                .args("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                        "-Xmx512m", "-XX:+UseSerialGC",
                        // the product's logging configuration: the tests' one writes to standard output, which is
                        // the protocol channel here
                        "-Dlogback.configurationFile=logback.xml", "-Dzhiku.logs=" + temp.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                        "dev.zhiku.app.Main", "mcp", "--home", home.toString())
                .build();
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
    void badArgumentsGiveAReadableToolError() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search_documents",
                Map.of("query", "volcano", "k", 0)));
        String text = ((McpSchema.TextContent) result.content().getFirst()).text();
        assertAll(() -> assertTrue(Boolean.TRUE.equals(result.isError()), text),
                () -> assertTrue(text.contains("'k'") || text.contains("minimum"), text));
    }
}
