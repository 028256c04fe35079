package dev.zhiku.app.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Zhiku's MCP tools on the official SDK. Read-only: no tool changes settings, adds folders or reaches the
 * cloud. Passages from private folders are left out of every result.
 */
public final class ZhikuMcpServer {

    private static final int SNIPPET = 300;
    private static final int MAX_K = 50;

    private static final int MAX_SOURCES = 100_000;
    private static final int DEFAULT_READ = 8000;
    private static final int MAX_READ = 20_000;

    private final KnowledgeBase kb;
    private final Answerer answerer;
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());

    private final CallLog calls;

    /** Every call a client makes, with the files whose text it was given (the audit log). */
    @FunctionalInterface
    public interface CallLog {
        CallLog NONE = (client, tool, arguments, files, outcome) -> { };

        void record(String client, String tool, String argumentsJson, List<String> files, String outcome);
    }

    /** Whether this client may see the private folders too ({@code zhiku mcp --share-private}; off by default). */
    private final boolean sharePrivate;

    /**
     * @param sharePrivate the user allowed this client (the one whose configuration starts this server) to see
     *                     the private folders as well
     * @param answerers    makes the extractive answerer (no model, never the cloud) over the knowledge base it is
     *                     given: the composition root's {@code Wiring::extractiveAnswerer}
     */
    public ZhikuMcpServer(KnowledgeBase kb, CallLog calls, boolean sharePrivate,
                          Function<KnowledgeBase, Answerer> answerers) {
        this.kb = kb;
        this.calls = calls;
        this.sharePrivate = sharePrivate;
        // over the shared part of the knowledge base
        this.answerer = answerers.apply(new SharedKnowledgeBase(kb, this::hiddenFolders));
    }

    /** Serves over the given streams (stdin/stdout for {@code zhiku mcp}) until the client closes them. */
    public McpSyncServer startStdio(InputStream in, OutputStream out, String version) {
        StdioServerTransportProvider transport = new StdioServerTransportProvider(json, in, out);
        return McpServer.sync(transport)
                .serverInfo("zhiku", version)
                .jsonMapper(json)
                .instructions("Search and read the user's own documents indexed by Zhiku, with citations.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .resources(documentResources())
                .tools(java.util.stream.Stream.of(searchTool(), listSourcesTool(), readDocumentTool(), askTool())
                        .map(this::audited).toList())
                .build();
    }

    /** The folders whose files this client is not given: the private ones, unless the user shared them with it. */
    private List<String> hiddenFolders() {
        return sharePrivate ? List.of() : kb.privateFolders();
    }

    /** The same tool, each call written to the call log with the client's name and the files it was given. */
    private SyncToolSpecification audited(SyncToolSpecification spec) {
        return SyncToolSpecification.builder().tool(spec.tool()).callHandler((exchange, request) ->
                recorded(clientName(exchange), spec.tool().name(), request,
                        spec.callHandler().apply(exchange, request))).build();
    }

    /** The same tool for the stateless HTTP server, audited with the HTTP client's name. */
    private McpStatelessServerFeatures.SyncToolSpecification stateless(SyncToolSpecification spec) {
        return McpStatelessServerFeatures.SyncToolSpecification.builder().tool(spec.tool())
                .callHandler((context, request) -> recorded(String.valueOf(context.get(JdkHttpMcpTransport.CLIENT)),
                        spec.tool().name(), request, spec.callHandler().apply(null, request))).build();
    }

    /**
     * The MCP server over Streamable HTTP (stateless: one JSON response per request), for {@code zhiku serve}
     * to mount at {@code /mcp} behind its token. Tools only; resources are offered over stdio.
     */
    public JdkHttpMcpTransport startHttp(String version) {
        JdkHttpMcpTransport transport = new JdkHttpMcpTransport(json);
        McpServer.sync(transport)
                .serverInfo("zhiku", version)
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(java.util.stream.Stream.of(searchTool(), listSourcesTool(), readDocumentTool(), askTool())
                        .map(this::stateless).toList())
                .build();
        return transport;
    }

    private CallToolResult recorded(String client, String tool, CallToolRequest request, CallToolResult result) {
        String arguments;
        try {
            arguments = json.writeValueAsString(request.arguments() == null ? Map.of() : request.arguments());
        } catch (java.io.IOException e) {
            arguments = "{}";
        }
        Set<String> files = new java.util.LinkedHashSet<>();
        collectPaths(result.structuredContent(), files);
        String outcome = Boolean.TRUE.equals(result.isError())
                ? "refused: " + firstText(result) : "answered: " + files.size() + " files";
        calls.record(client, tool, arguments, List.copyOf(files), outcome);
        return result;
    }

    /** The URI prefix of an indexed document as an MCP resource. */
    public static final String DOC_URI = "zhiku://doc/";
    private static final int MAX_RESOURCES = 2000;

    /**
     * Each indexed file outside the private folders (at most {@value #MAX_RESOURCES}, as indexed when the server
     * started) as a resource {@code zhiku://doc/PATH} (the path URL-encoded), read as its extracted text like
     * {@code read_document}'s first slice; every read is in the call log.
     */
    private List<McpServerFeatures.SyncResourceSpecification> documentResources() {
        List<String> privateFolders = hiddenFolders();
        List<McpServerFeatures.SyncResourceSpecification> out = new ArrayList<>();
        for (SourceInfo source : kb.sources(new SourceQuery(null, null, Set.of(), null, MAX_RESOURCES))) {
            if (isPrivate(source.path(), privateFolders)) {
                continue;
            }
            String uri = DOC_URI + java.net.URLEncoder.encode(source.path(), java.nio.charset.StandardCharsets.UTF_8);
            // the name by string: Path.of fails on names the JVM's file-name encoding cannot map (a C locale)
            String name = source.path().substring(Math.max(source.path().lastIndexOf('/'),
                    source.path().lastIndexOf('\\')) + 1);
            McpSchema.Resource resource = McpSchema.Resource.builder().uri(uri).name(name).title(name)
                    .description(source.fileType().toUpperCase(java.util.Locale.ROOT) + " document, "
                            + source.passages() + " passages: " + source.path())
                    .mimeType("text/plain").size(source.sizeBytes()).build();
            out.add(new McpServerFeatures.SyncResourceSpecification(resource, (exchange, request) -> {
                CallToolResult text = readDocument(exchange, new CallToolRequest("read_document",
                        Map.of("path", source.path(), "length", MAX_READ)));
                boolean refused = Boolean.TRUE.equals(text.isError());
                calls.record(clientName(exchange), "resources/read", "{\"uri\":" + quote(uri) + "}",
                        refused ? List.of() : List.of(source.path()),
                        refused ? "refused: " + firstText(text) : "answered: 1 files");
                if (refused) {
                    throw new IllegalArgumentException(firstText(text));
                }
                return new McpSchema.ReadResourceResult(List.of(
                        new McpSchema.TextResourceContents(uri, "text/plain", firstText(text))));
            }));
        }
        return out;
    }

    private static String clientName(McpSyncServerExchange exchange) {
        McpSchema.Implementation client = exchange == null ? null : exchange.getClientInfo();
        return client == null ? "unknown client" : client.name() + " " + client.version();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Every {@code path} value in a tool's structured result, in order. */
    private static void collectPaths(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("path".equals(k) && v instanceof String path) {
                    into.add(path);
                } else {
                    collectPaths(v, into);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectPaths(v, into));
        }
    }

    private static String firstText(CallToolResult result) {
        return result.content() != null && !result.content().isEmpty()
                && result.content().getFirst() instanceof McpSchema.TextContent t ? t.text() : "";
    }

    /** One tool: its name, title, description for the calling model, input schema and handler. */
    private SyncToolSpecification tool(String name, String title, String description, String schema,
                                       java.util.function.BiFunction<McpSyncServerExchange, CallToolRequest,
                                               CallToolResult> handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).title(title).description(description)
                .inputSchema(json, schema).build();
        return SyncToolSpecification.builder().tool(tool).callHandler(handler).build();
    }

    SyncToolSpecification searchTool() {
        String schema = """
                {"type":"object","properties":{
                  "query":{"type":"string","description":"Words or a question to search the user's documents for"},
                  "k":{"type":"integer","minimum":1,"maximum":50,"description":"How many passages to return (default 8)"},
                  "type":{"type":"string","description":"Only files of this type, e.g. pdf, docx, xlsx, md"},
                  "language":{"type":"string","description":"Only passages in this language code, e.g. en, zh"},
                  "folder":{"type":"string","description":"Only files inside this folder (a knowledge folder from list_sources or a folder within it)"},
                  "modified_after":{"type":"string","description":"Only files modified on or after this ISO date, e.g. 2024-03-01 (or an ISO instant such as 2024-03-01T09:00:00Z)"},
                  "modified_before":{"type":"string","description":"Only files modified before this ISO date, e.g. 2024-04-01 (the day itself is left out)"}
                },"required":["query"]}""";
        return tool("search_documents", "Search the user's documents",
                "Hybrid keyword and semantic search over the user's local documents indexed by "
                        + "Zhiku. Returns passages with the file path to cite, page or sheet, heading path, a "
                        + "snippet and a relevance score; a passage several files hold is one result whose alsoIn "
                        + "names the other files. Use it to find facts in the user's own files.",
                schema, this::search);
    }

    private CallToolResult search(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        Object q = args.get("query");
        if (!(q instanceof String text) || text.isBlank()) {
            return error("search_documents needs a non-empty 'query' string");
        }
        int k;
        try {
            k = wholeNumber(args, "k", 8, 1, MAX_K);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        Set<String> types = args.get("type") instanceof String t && !t.isBlank()
                ? Set.of(t.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^\\.", "")) : Set.of();
        Set<String> langs = args.get("language") instanceof String l && !l.isBlank() ? Set.of(l.strip()) : Set.of();
        List<String> privateFolders = hiddenFolders();
        List<String> folders = List.of();
        if (args.get("folder") != null) {
            if (!(args.get("folder") instanceof String folder) || folder.isBlank()) {
                return error("'folder' must be a folder path from list_sources, got " + args.get("folder"));
            }
            String normal = java.nio.file.Path.of(folder.strip()).toAbsolutePath().normalize().toString();
            if (isPrivate(normal, privateFolders)) {
                return error("Refused: " + folder + " is in a folder the user marked private; it is not searched");
            }
            folders = List.of(normal);
        }
        Instant after;
        Instant before;
        try {
            after = instant(args.get("modified_after"), "modified_after");
            before = instant(args.get("modified_before"), "modified_before");
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        if (after != null && before != null && !after.isBefore(before)) {
            return error("'modified_after' must be earlier than 'modified_before'");
        }
        SearchFilter filter = new SearchFilter(folders, types, after, before, langs);
        SearchResult result = kb.search(new SearchQuery(text.strip(), filter, k + MAX_K));
        List<Object> hits = new ArrayList<>();
        StringBuilder readable = new StringBuilder();
        // private hits go before copies are folded, so no other file named as holding a passage is a private one
        List<Hit> shared = dev.zhiku.rag.retrieve.Retriever.foldCopies(result.hits().stream()
                .filter(hit -> !isPrivate(hit.passage().path(), privateFolders)).toList());
        for (Hit hit : shared) {
            Passage p = hit.passage();
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
            if (!hit.alsoIn().isEmpty()) {
                h.put("alsoIn", hit.alsoIn());
            }
            hits.add(h);
            readable.append('[').append(hits.size()).append("] ").append(p.displayPath());
            if (p.page() > 0) {
                readable.append(" (page ").append(p.page()).append(')');
            }
            readable.append(dev.zhiku.rag.Wording.alsoIn(hit.alsoIn(), hit.alsoIn().size()));
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

    SyncToolSpecification listSourcesTool() {
        String schema = """
                {"type":"object","properties":{
                  "status":{"type":"string","enum":["indexed","failed","skipped","queued"],
                    "description":"List the files with this status; leave out to list only the files that could not be indexed (failed, skipped, queued) with the reason"}
                }}""";
        return tool("list_sources", "List the user's knowledge folders",
                "Lists the folders the user gave Zhiku (private ones are marked and their files are "
                        + "never listed), how many files each holds, the totals per status, and the files that "
                        + "could not be read with the reason. Use it to see what the documents cover, or why a "
                        + "file cannot be found.",
                schema, this::listSources);
    }

    private CallToolResult listSources(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        SourceStatus wanted = null;
        Object sv = args.get("status");
        if (sv != null) {
            try {
                wanted = SourceStatus.valueOf(String.valueOf(sv).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return error("'status' must be one of indexed, failed, skipped, queued; got " + sv);
            }
        }
        List<String> privateFolders = hiddenFolders();
        KnowledgeBaseStatus status = kb.status();
        List<SourceInfo> indexed = kb.sources(new SourceQuery(null, null, Set.of(), null, MAX_SOURCES));
        StringBuilder readable = new StringBuilder("Folders:\n");
        List<Object> folders = new ArrayList<>();
        for (String root : status.roots()) {
            boolean priv = isPrivate(root, kb.privateFolders());
            long files = indexed.stream().filter(s -> isPrivate(s.path(), List.of(root))).count();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", root);
            f.put("private", priv);
            f.put("indexedFiles", files);
            folders.add(f);
            readable.append("- ").append(root).append(priv ? " (private: its files are not shared)" : "")
                    .append(": ").append(files).append(" indexed files\n");
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        for (SourceStatus s : SourceStatus.values()) {
            counts.put(s.name().toLowerCase(Locale.ROOT), status.sourceCounts().getOrDefault(s, 0));
        }
        readable.append("Totals: ").append(counts).append('\n');
        List<Object> files = new ArrayList<>();
        if (wanted == SourceStatus.INDEXED) {
            for (SourceInfo s : indexed) {
                if (isPrivate(s.path(), privateFolders)) {
                    continue;
                }
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("path", s.path());
                f.put("status", "indexed");
                f.put("type", s.fileType());
                f.put("modified", s.modified() == null ? null : s.modified().toString());
                f.put("passages", s.passages());
                files.add(f);
                readable.append("indexed  ").append(s.path()).append('\n');
            }
        } else {
            for (SourceProblem p : status.problems()) {
                if (isPrivate(p.path(), privateFolders) || (wanted != null && p.status() != wanted)) {
                    continue;
                }
                String state = p.status().name().toLowerCase(Locale.ROOT);
                String reason = p.reason() == null ? "" : p.reason();
                files.add(Map.of("path", p.path(), "status", state, "reason", reason));
                readable.append(state).append("  ").append(p.path()).append(" — ").append(reason).append('\n');
            }
        }
        if (files.isEmpty()) {
            readable.append(wanted == null ? "Every file could be read." : "No shared files with that status.");
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("folders", folders);
        structured.put("counts", counts);
        structured.put("files", files);
        return CallToolResult.builder().addTextContent(readable.toString().strip()).structuredContent(structured)
                .build();
    }

    SyncToolSpecification readDocumentTool() {
        String schema = """
                {"type":"object","properties":{
                  "path":{"type":"string","description":"The file path exactly as search_documents or list_sources gave it (a part of an archive as path!/member)"},
                  "offset":{"type":"integer","minimum":0,"description":"Character to start at (default 0); use nextOffset from the previous call to read on"},
                  "length":{"type":"integer","minimum":1,"maximum":20000,"description":"How many characters to return (default 8000, at most 20000)"}
                },"required":["path"]}""";
        return tool("read_document", "Read an indexed document",
                "Returns the extracted text of one of the user's indexed files, a bounded slice at "
                        + "a time, from Zhiku's index. Only files search_documents or list_sources returned can be "
                        + "read; files in private folders and anything outside the knowledge folders are refused. "
                        + "Use it to read around a search hit before answering.",
                schema, this::readDocument);
    }

    private CallToolResult readDocument(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        if (!(args.get("path") instanceof String path) || path.isBlank()) {
            return error("read_document needs a 'path' string: a file from search_documents or list_sources");
        }
        int offset;
        int length;
        try {
            offset = wholeNumber(args, "offset", 0, 0, Integer.MAX_VALUE);
            length = wholeNumber(args, "length", DEFAULT_READ, 1, MAX_READ);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        int bang = path.indexOf("!/");
        String file = bang < 0 ? path : path.substring(0, bang);
        if (Arrays.stream(path.split("[/\\\\]")).anyMatch(".."::equals)) {
            return error("Refused: '" + path + "' contains '..'; give the file path as search_documents returned it");
        }
        if (isPrivate(file, hiddenFolders())) {
            return error("Refused: " + path + " is in a folder the user marked private; its content is not shared");
        }
        // Only the index is read, never the disk: a path with passages is an indexed file inside a knowledge
        // folder; the folders are looked up only to say why a path has none.
        List<Passage> passages = kb.passages(path);
        if (passages.isEmpty() && !isPrivate(file, kb.status().roots())) {
            return error("Refused: " + path + " is not in one of the user's knowledge folders (see list_sources)");
        }
        if (passages.isEmpty()) {
            return error("Refused: " + path + " is not an indexed file; use search_documents or list_sources "
                    + "to find the path of an indexed one");
        }
        String text = join(passages);
        if (offset > text.length()) {
            return error("'offset' " + offset + " is past the end of " + path + " (" + text.length() + " characters)");
        }
        int end = Math.min(text.length(), offset + length);
        String slice = text.substring(offset, end);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("path", path);
        structured.put("offset", offset);
        structured.put("length", slice.length());
        structured.put("totalChars", text.length());
        structured.put("nextOffset", end < text.length() ? end : null);
        String more = end < text.length()
                ? "\n\n[" + (text.length() - end) + " more characters: call again with offset " + end + "]" : "";
        return CallToolResult.builder().addTextContent(slice + more).structuredContent(structured).build();
    }

    /** The passages' text in document order, without the overlap between neighbouring passages. */
    private static String join(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        int covered = -1;
        for (Passage p : passages) {
            String t = p.text();
            boolean exact = p.endOffset() - p.startOffset() == t.length();
            if (exact && covered > p.startOffset() && covered <= p.endOffset()) {
                t = t.substring(covered - p.startOffset());
            } else if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(t);
            covered = exact ? Math.max(covered, p.endOffset()) : -1;
        }
        return text.toString();
    }

    SyncToolSpecification askTool() {
        String schema = """
                {"type":"object","properties":{
                  "question":{"type":"string","description":"The question, in the user's words (English or Chinese)"}
                },"required":["question"]}""";
        return tool("ask_documents", "Answer from the user's documents",
                "Answers a question only from the user's own documents, with numbered citations "
                        + "[1], [2] to the files and pages it quotes, or says plainly that the answer is not in "
                        + "the documents and why. Extractive and local: no model writes the answer, nothing goes "
                        + "to the cloud. Use it for a quick grounded answer; use search_documents for more passages.",
                schema, this::ask);
    }

    private CallToolResult ask(McpSyncServerExchange exchange, CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        if (!(args.get("question") instanceof String question) || question.isBlank()) {
            return error("ask_documents needs a non-empty 'question' string");
        }
        AnswerOutcome outcome = answerer.ask(Question.of(question.strip()), AnswerListener.NONE,
                new GenerationControl());
        Answer answer = outcome.answer();
        List<String> privateFolders = hiddenFolders();
        if (answer.citations().stream().anyMatch(c -> isPrivate(c.path(), privateFolders))) {
            return error("Refused: the answer would quote a folder the user marked private");
        }
        StringBuilder readable = new StringBuilder(answer.text().strip());
        List<Object> citations = new ArrayList<>();
        if (!answer.citations().isEmpty()) {
            readable.append("\n\nSources:");
        }
        for (Citation c : answer.citations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", c.number());
            m.put("citation", c.displayPath());
            m.put("path", c.path());
            m.put("page", c.page());
            m.put("snippet", snippet(c.snippet() == null ? "" : c.snippet()));
            citations.add(m);
            readable.append("\n[").append(c.number()).append("] ").append(c.displayPath());
            if (c.page() > 0) {
                readable.append(" (page ").append(c.page()).append(')');
            }
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("answer", answer.text());
        structured.put("notInDocuments", answer.abstained());
        structured.put("citations", citations);
        return CallToolResult.builder().addTextContent(readable.toString()).structuredContent(structured).build();
    }

    /** An ISO date (the start of that day here) or an ISO instant; null when absent. */
    private static Instant instant(Object value, String name) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("'" + name + "' must be an ISO date such as 2024-03-01, got "
                        + value);
            }
        }
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

    /** A whole-number argument, {@code fallback} when absent; out of range or not a number: the reason. */
    private static int wholeNumber(Map<String, Object> args, String name, int fallback, int min, int max) {
        Object value = args.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.intValue() < min || n.intValue() > max) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? "" : " to " + max) + ", got " + value);
        }
        return n.intValue();
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }
}
