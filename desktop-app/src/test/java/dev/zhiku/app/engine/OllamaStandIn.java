package dev.zhiku.app.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Ollama on loopback, because Ollama cannot be installed here: real HTTP speaking Ollama's
 * documented API — {@code GET /api/tags} (the models with their details), {@code POST /api/show}
 * ({@code model_info} with {@code <architecture>.context_length}), {@code POST /api/chat} (streamed as one JSON
 * object a line, ending with {@code done: true}, {@code done_reason} and {@code eval_count}; {@code num_predict}
 * and {@code stop} applied as Ollama applies them; 404 with {@code {"error": ...}} for an unknown model),
 * {@code POST /api/embed} ({@code {"model", "input": [...]}} → {@code {"model", "embeddings": [[...]]}}, the
 * vectors not normalised, as Ollama's documentation shows them; an embedding model {@link #EMBED_MODEL} of
 * {@link #EMBED_DIMENSION} dimensions made by hashing each text's characters and character pairs, so texts that
 * share words are near), and llama-server's {@code POST /v1/rerank} ({@code {"model", "query", "documents"}} →
 * {@code {"results": [{"index", "relevance_score"}]}}, best first, for {@link #RERANK_MODEL}: the cosine of those
 * vectors). Each word of a fixed bilingual story is one token. It must pass the same contracts as the
 * real servers.
 */
public final class OllamaStandIn implements AutoCloseable {

    public static final String MODEL = "qwen3.5:4b";
    public static final int CONTEXT = 8_192;
    public static final String EMBED_MODEL = "bge-m3";
    public static final int EMBED_DIMENSION = 64;
    public static final String RERANK_MODEL = "bge-reranker-v2-m3";
    private static final List<String> STORY = List.of("Once ", "upon ", "a ", "time ", "a ", "small ", "cat ",
            "named ", "Mimi ", "lived ", "in ", "a ", "tea ", "house ", "in ", "Hangzhou. ", "从前", "有", "一只",
            "小猫", "住在", "茶馆", "里。 ", "Every ", "evening ", "she ", "slept ", "by ", "the ", "warm ", "stove. ");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> chats = new CopyOnWriteArrayList<>();
    private volatile int holdAfter = -1;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger embedRequests = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int holdEmbedsAfter = -1;
    private final java.util.concurrent.atomic.AtomicInteger rerankRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final CountDownLatch embedHeld = new CountDownLatch(1);
    private final CountDownLatch embedRelease = new CountDownLatch(1);
    private volatile boolean killed;
    private volatile boolean listsAllModels;

    public OllamaStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/tags", this::tags);
        server.createContext("/api/show", this::show);
        server.createContext("/api/chat", this::chat);
        server.createContext("/api/embed", this::embed);
        server.createContext("/v1/rerank", this::rerank);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The chat requests received, as sent. */
    public List<JsonNode> chats() {
        return chats;
    }

    /** Makes the next answers stop after {@code pieces} pieces and wait (until the server is killed). */
    public void holdAfter(int pieces) {
        holdAfter = pieces;
    }

    /** Waits until an answer is held. */
    public boolean awaitHeld() throws InterruptedException {
        return held.await(60, TimeUnit.SECONDS);
    }

    /** Makes every embed request after the first {@code requests} wait (until the server is killed). */
    public void holdEmbedsAfter(int requests) {
        holdEmbedsAfter = requests;
    }

    /** Waits until an embed request is held. */
    public boolean awaitEmbedHeld() throws InterruptedException {
        return embedHeld.await(120, TimeUnit.SECONDS);
    }

    /** Embed requests answered or held so far. */
    public int embedRequests() {
        return embedRequests.get();
    }

    /** The vector this stand-in returns for a text, before the client normalises it. */
    public static float[] vectorOf(String text) {
        float[] v = new float[EMBED_DIMENSION];
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            v[Math.floorMod(t.charAt(i) * 31, EMBED_DIMENSION)] += 1;
            if (i + 1 < t.length()) {
                v[Math.floorMod(t.substring(i, i + 2).hashCode(), EMBED_DIMENSION)] += 2;
            }
        }
        v[0] += 0.5f; // never the zero vector, even for an empty text
        return v;
    }

    /** Ends the server at once, open connections included, as a killed process would. */
    public void kill() {
        killed = true;
        server.stop(0);
        release.countDown();
        embedRelease.countDown();
    }

    /** Makes {@code /api/tags} list the embedding and reranking models too (by default it lists the chat model). */
    public void listAllModels() {
        listsAllModels = true;
    }

    /** Answers the held embed requests and every one after them. */
    public void releaseEmbeds() {
        holdEmbedsAfter = -1;
        embedRelease.countDown();
    }

    private void tags(HttpExchange exchange) throws IOException {
        ObjectNode root = json.createObjectNode();
        ObjectNode m = root.putArray("models").addObject().put("name", MODEL).put("model", MODEL)
                .put("modified_at", "2026-11-02T10:00:00Z").put("size", 3_400_000_000L).put("digest", "abc123");
        m.putObject("details").put("format", "gguf").put("family", "qwen35").put("parameter_size", "4B")
                .put("quantization_level", "Q4_K_M");
        if (listsAllModels) {
            for (String name : List.of(EMBED_MODEL, RERANK_MODEL)) {
                var models = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("models");
                ObjectNode e = models.addObject().put("name", name).put("model", name)
                        .put("modified_at", "2026-11-02T10:00:00Z").put("size", 1_200_000_000L).put("digest", "e5");
                e.putObject("details").put("format", "gguf").put("family", "bert").put("parameter_size", "567M")
                        .put("quantization_level", "F16");
            }
        }
        send(exchange, 200, root);
    }

    private void show(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        if (!MODEL.equals(request.path("model").asText())) {
            send(exchange, 404, json.createObjectNode().put("error", "model '" + request.path("model").asText()
                    + "' not found"));
            return;
        }
        ObjectNode root = json.createObjectNode().put("modelfile", "FROM qwen3.5").put("template", "{{ .Prompt }}");
        root.putObject("details").put("family", "qwen35").put("parameter_size", "4B");
        root.putObject("model_info").put("general.architecture", "qwen35").put("qwen35.context_length", CONTEXT)
                .put("qwen35.embedding_length", 2560);
        send(exchange, 200, root);
    }

    private void chat(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        chats.add(request);
        if (!MODEL.equals(request.path("model").asText())) {
            send(exchange, 404, json.createObjectNode().put("error", "model '" + request.path("model").asText()
                    + "' not found, try pulling it first"));
            return;
        }
        JsonNode options = request.path("options");
        int limit = options.path("num_predict").asInt(128);
        List<String> stops = new java.util.ArrayList<>();
        options.path("stop").forEach(s -> stops.add(s.asText()));
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            StringBuilder produced = new StringBuilder();
            int sent = 0;
            int count = 0;
            String reason = "length";
            while (count < limit) {
                if (holdAfter >= 0 && count == holdAfter) {
                    held.countDown();
                    awaitRelease();
                    return;
                }
                produced.append(STORY.get(count % STORY.size()));
                count++;
                int cut = firstStop(produced, stops);
                int end = cut >= 0 ? cut : produced.length() - heldBack(produced, stops);
                if (end > sent) {
                    line(out, produced.substring(sent, end), false, "", count);
                    sent = end;
                }
                if (cut >= 0) {
                    reason = "stop";
                    break;
                }
            }
            line(out, "", true, reason, count);
        }
    }

    private void embed(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        if (!EMBED_MODEL.equals(request.path("model").asText())) {
            send(exchange, 404, json.createObjectNode().put("error", "model \"" + request.path("model").asText()
                    + "\" not found, try pulling it first"));
            return;
        }
        int n = embedRequests.incrementAndGet();
        if (holdEmbedsAfter >= 0 && n > holdEmbedsAfter) {
            embedHeld.countDown();
            try {
                embedRelease.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (killed) {
                return;
            }
        }
        List<String> inputs = new java.util.ArrayList<>();
        JsonNode input = request.path("input");
        if (input.isTextual()) {
            inputs.add(input.asText());
        } else {
            input.forEach(i -> inputs.add(i.asText()));
        }
        ObjectNode root = json.createObjectNode().put("model", EMBED_MODEL);
        var all = root.putArray("embeddings");
        for (String text : inputs) {
            var row = all.addArray();
            for (float f : vectorOf(text)) {
                row.add(f);
            }
        }
        root.put("total_duration", 14_143_917L).put("load_duration", 1_019_500L).put("prompt_eval_count", 8);
        send(exchange, 200, root);
    }

    private void rerank(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody());
        if (!RERANK_MODEL.equals(request.path("model").asText())) {
            send(exchange, 404, json.createObjectNode().putObject("error").put("code", 404)
                    .put("message", "model '" + request.path("model").asText() + "' not found"));
            return;
        }
        rerankRequests.incrementAndGet();
        float[] query = vectorOf(request.path("query").asText());
        List<double[]> scored = new java.util.ArrayList<>();
        JsonNode documents = request.path("documents");
        for (int i = 0; i < documents.size(); i++) {
            float[] d = vectorOf(documents.get(i).asText());
            scored.add(new double[] {i, cosine(query, d)});
        }
        scored.sort((a, b) -> Double.compare(b[1], a[1]));
        ObjectNode root = json.createObjectNode().put("model", RERANK_MODEL).put("object", "list");
        var results = root.putArray("results");
        int top = request.path("top_n").asInt(scored.size());
        for (double[] s : scored.subList(0, Math.min(top, scored.size()))) {
            results.addObject().put("index", (int) s[0]).put("relevance_score", s[1]);
        }
        root.putObject("usage").put("prompt_tokens", 10).put("total_tokens", 10);
        send(exchange, 200, root);
    }

    /** Rerank requests answered. */
    public int rerankRequests() {
        return rerankRequests.get();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private void awaitRelease() {
        try {
            release.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int firstStop(CharSequence text, List<String> stops) {
        int best = -1;
        for (String s : stops) {
            int i = text.toString().indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Characters at the end that could begin a stop string, held back until the next token decides. */
    private static int heldBack(CharSequence text, List<String> stops) {
        int most = 0;
        String t = text.toString();
        for (String s : stops) {
            for (int n = Math.min(s.length() - 1, t.length()); n > most; n--) {
                if (t.endsWith(s.substring(0, n))) {
                    most = n;
                    break;
                }
            }
        }
        return most;
    }

    private void line(OutputStream out, String content, boolean done, String reason, int evalCount)
            throws IOException {
        ObjectNode chunk = json.createObjectNode().put("model", MODEL).put("created_at", "2026-12-02T20:00:00Z");
        chunk.putObject("message").put("role", "assistant").put("content", content);
        chunk.put("done", done);
        if (done) {
            chunk.put("done_reason", reason).put("total_duration", 1_000_000L).put("prompt_eval_count", 20)
                    .put("eval_count", evalCount).put("eval_duration", 900_000L);
        }
        out.write(json.writeValueAsBytes(chunk));
        out.write('\n');
        out.flush();
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        kill();
    }

}
