package dev.zhiku.app.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zhiku's MCP tools on the official SDK. Read-only: no tool changes settings, adds folders or reaches the
 * cloud. Passages from private folders are left out of every result.
 */
public final class ZhikuMcpServer {

    private static final int SNIPPET = 300;
    private static final int MAX_K = 50;

    private final KnowledgeBase kb;
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());

    public ZhikuMcpServer(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Serves over the given streams (stdin/stdout for {@code zhiku mcp}) until the client closes them. */
    public McpSyncServer startStdio(InputStream in, OutputStream out, String version) {
        StdioServerTransportProvider transport = new StdioServerTransportProvider(json, in, out);
        return McpServer.sync(transport)
                .serverInfo("zhiku", version)
                .jsonMapper(json)
                .instructions("Search and read the user's own documents indexed by Zhiku, with citations.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(List.of(searchTool()))
                .build();
    }

    SyncToolSpecification searchTool() {
        String schema = """
                {"type":"object","properties":{
                  "query":{"type":"string","description":"Words or a question to search the user's documents for"},
                  "k":{"type":"integer","minimum":1,"maximum":50,"description":"How many passages to return (default 8)"},
                  "type":{"type":"string","description":"Only files of this type, e.g. pdf, docx, xlsx, md"},
                  "language":{"type":"string","description":"Only passages in this language code, e.g. en, zh"}
                },"required":["query"]}""";
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name("search_documents")
                .title("Search the user's documents")
                .description("Hybrid keyword and semantic search over the user's local documents indexed by "
                        + "Zhiku. Returns passages with the file path to cite, page or sheet, heading path, a "
                        + "snippet and a relevance score. Use it to find facts in the user's own files.")
                .inputSchema(json, schema)
                .build();
        return SyncToolSpecification.builder().tool(tool).callHandler(this::search).build();
    }

    private CallToolResult search(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        Object q = args.get("query");
        if (!(q instanceof String text) || text.isBlank()) {
            return error("search_documents needs a non-empty 'query' string");
        }
        int k = 8;
        Object kv = args.get("k");
        if (kv != null) {
            if (!(kv instanceof Number n) || n.intValue() < 1 || n.intValue() > MAX_K) {
                return error("'k' must be a whole number from 1 to " + MAX_K + ", got " + kv);
            }
            k = n.intValue();
        }
        Set<String> types = args.get("type") instanceof String t && !t.isBlank()
                ? Set.of(t.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^\\.", "")) : Set.of();
        Set<String> langs = args.get("language") instanceof String l && !l.isBlank() ? Set.of(l.strip()) : Set.of();
        SearchFilter filter = new SearchFilter(List.of(), types, null, null, langs);
        List<String> privateFolders = kb.privateFolders();
        SearchResult result = kb.search(new SearchQuery(text.strip(), filter, k + MAX_K));
        List<Object> hits = new ArrayList<>();
        StringBuilder readable = new StringBuilder();
        for (Hit hit : result.hits()) {
            Passage p = hit.passage();
            if (isPrivate(p.path(), privateFolders)) {
                continue;
            }
            if (hits.size() == k) {
                break;
            }
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("citation", p.displayPath());
            h.put("path", p.path());
            h.put("page", p.page());
            h.put("heading", p.headingPath());
            h.put("snippet", snippet(p.text()));
            h.put("score", hit.score());
            hits.add(h);
            readable.append('[').append(hits.size()).append("] ").append(p.displayPath());
            if (p.page() > 0) {
                readable.append(" (page ").append(p.page()).append(')');
            }
            readable.append('\n').append(snippet(p.text())).append("\n\n");
        }
        if (hits.isEmpty()) {
            readable.append("No passages found in the user's documents.");
        }
        return CallToolResult.builder()
                .addTextContent(readable.toString().strip())
                .structuredContent(Map.of("passages", hits))
                .build();
    }

    static boolean isPrivate(String path, List<String> privateFolders) {
        for (String folder : privateFolders) {
            if (path.equals(folder) || path.startsWith(folder.endsWith("/") || folder.endsWith("\\")
                    ? folder : folder + java.io.File.separator)) {
                return true;
            }
        }
        return false;
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
