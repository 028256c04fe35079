package dev.zhiku.app.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.mcp.ZhikuMcpServer;
import dev.zhiku.rag.cloud.AuditEntry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP SDK's own Streamable HTTP client against {@code /mcp} of the real server on loopback: behind the bearer
 * token, the tools listed and called on a real index, every call in the audit log.
 */
class McpHttpTest {

    @TempDir
    Path temp;

    @Test
    void theSdkClientSearchesOverHttpWithTheTokenAndIsAudited() throws Exception {
        try (ServedKnowledgeBase served = ServedKnowledgeBase.start(temp)) {
            served.server().withMcp(new ZhikuMcpServer(served.knowledgeBase(),
                    served.wiring().auditLog()::recordMcpCall, false, served.wiring()::extractiveAnswerer).startHttp("test")::handle);
            String base = "http://127.0.0.1:" + served.server().baseUri().getPort();
            try (McpSyncClient client = client(base, ServedKnowledgeBase.TOKEN)) {
                client.initialize();
                List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
                McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("search_documents",
                        Map.of("query", "chloroplasts sunlight", "k", 3)));
                String text = ((McpSchema.TextContent) result.content().getFirst()).text();
                List<AuditEntry> audit = served.wiring().auditLog().list(10);
                assertAll(() -> assertEquals(List.of("ask_documents", "list_sources", "read_document",
                                "search_documents"), tools.stream().sorted().toList()),
                        () -> assertFalse(Boolean.TRUE.equals(result.isError()), text),
                        () -> assertTrue(text.contains(ServedKnowledgeBase.PLANTS), text),
                        () -> assertTrue(audit.stream().anyMatch(e -> e.model().equals("search_documents")
                                && e.endpoint().startsWith("mcp:HTTP") && e.payload().contains(
                                        ServedKnowledgeBase.PLANTS)), audit.toString()));
            }
        }
    }

    @Test
    void withoutTheTokenNothingIsAnswered() throws Exception {
        try (ServedKnowledgeBase served = ServedKnowledgeBase.start(temp)) {
            served.server().withMcp(new ZhikuMcpServer(served.knowledgeBase(), ZhikuMcpServer.CallLog.NONE, false,
                    served.wiring()::extractiveAnswerer).startHttp("test")::handle);
            String base = "http://127.0.0.1:" + served.server().baseUri().getPort();
            HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/mcp"))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, raw.statusCode(), raw.body());
            try (McpSyncClient client = client(base, "wrong-token")) {
                assertThrows(RuntimeException.class, client::initialize);
            }
        }
    }

    @Test
    void aServerStartedWithoutMcpSaysHowToTurnItOn() throws Exception {
        try (ServedKnowledgeBase served = ServedKnowledgeBase.start(temp)) {
            String base = "http://127.0.0.1:" + served.server().baseUri().getPort();
            HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/mcp"))
                    .header("Authorization", "Bearer " + ServedKnowledgeBase.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertAll(() -> assertEquals(404, raw.statusCode(), raw.body()),
                    () -> assertTrue(raw.body().contains("--mcp"), raw.body()));
        }
    }

    private static McpSyncClient client(String base, String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base)
                .endpoint("/mcp").jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("zhiku-http-test", "1.0")).build();
    }
}
