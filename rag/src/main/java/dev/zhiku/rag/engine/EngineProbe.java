package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.net.OutboundRefusedException;
import dev.zhiku.rag.engine.EngineStatus.Problem.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Asks a server which models it offers: Ollama's {@code GET /api/tags} (and {@code POST /api/show} for each
 * model's context length), else OpenAI's {@code GET /v1/models}. Every request goes through the outbound gate
 * with the purpose of the server's {@link EngineReach}; a server that does not answer within
 * {@link #TIMEOUT} is unavailable.
 */
public final class EngineProbe implements AutoCloseable {

    /** Longest wait for a server to answer a listing (a server on this PC answers in milliseconds). */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MOST_MODELS_SHOWN = 40;

    private final HttpClient http = Outbound.client(TIMEOUT, null, false);
    private final ObjectMapper json = new ObjectMapper();

    /** The server's models, or why it is unavailable. */
    public EngineStatus probe(Engine engine, String apiKey) {
        try {
            return engine.kind().ollamaApi() ? ollama(engine) : openAi(engine, apiKey);
        } catch (OutboundRefusedException e) {
            return EngineStatus.unavailable(engine, Kind.BLOCKED, e.getMessage());
        } catch (IOException e) {
            return e instanceof java.net.ConnectException && (e.getMessage() == null || e.getMessage().isBlank())
                    ? EngineStatus.unavailable(engine, Kind.NOT_RUNNING,
                            engine.address().getHost() + ":" + engine.address().getPort())
                    : EngineStatus.unavailable(engine, Kind.NOT_ANSWERING, reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EngineStatus.unavailable(engine, Kind.INTERRUPTED, "");
        }
    }

    /**
     * Whether the server speaks Ollama's API: its {@code /api/tags} lists models, or, when it cannot be asked now,
     * it listens on Ollama's port.
     */
    public boolean speaksOllama(Engine engine) {
        try {
            HttpResponse<String> r = get(engine, URI.create(engine.address() + "/api/tags"), "");
            return r.statusCode() == 200 && json.readTree(r.body()).path("models").isArray();
        } catch (IOException e) {
            return engine.address().getPort() == EngineKind.OLLAMA.defaultPort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The context length Ollama reports for a model ({@code model_info.<architecture>.context_length}), or 0. */
    public int ollamaContext(Engine engine, String model) {
        try {
            byte[] body = json.writeValueAsBytes(Map.of("model", model));
            HttpRequest request = HttpRequest.newBuilder(URI.create(engine.address() + "/api/show")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> r = Outbound.send(engine.reach().purpose(), http, request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                return 0;
            }
            JsonNode info = json.readTree(r.body()).path("model_info");
            String arch = info.path("general.architecture").asText("");
            int context = info.path(arch + ".context_length").asInt(0);
            if (context == 0) {
                for (Iterator<Map.Entry<String, JsonNode>> it = info.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().endsWith(".context_length")) {
                        context = e.getValue().asInt(0);
                    }
                }
            }
            return context;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private EngineStatus ollama(Engine engine) throws IOException, InterruptedException {
        HttpResponse<String> r = get(engine, URI.create(engine.address() + "/api/tags"), "");
        if (r.statusCode() != 200) {
            return EngineStatus.httpError(engine, r.statusCode(), "/api/tags");
        }
        List<EngineModel> models = new ArrayList<>();
        for (JsonNode m : json.readTree(r.body()).path("models")) {
            if (models.size() >= MOST_MODELS_SHOWN) {
                break;
            }
            String name = m.path("name").asText(m.path("model").asText(""));
            JsonNode d = m.path("details");
            String detail = String.join(" ", d.path("family").asText(""), d.path("parameter_size").asText(""),
                    d.path("quantization_level").asText("")).strip();
            if (!name.isEmpty()) {
                models.add(new EngineModel(name, ollamaContext(engine, name), detail));
            }
        }
        return EngineStatus.answered(engine, models);
    }

    private EngineStatus openAi(Engine engine, String apiKey) throws IOException, InterruptedException {
        HttpResponse<String> r = get(engine, URI.create(engine.apiBase() + "/models"), apiKey);
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            return EngineStatus.unavailable(engine, Kind.KEY_REFUSED, "HTTP " + r.statusCode());
        }
        if (r.statusCode() != 200) {
            return EngineStatus.httpError(engine, r.statusCode(), "/v1/models");
        }
        List<EngineModel> models = new ArrayList<>();
        for (JsonNode m : json.readTree(r.body()).path("data")) {
            String id = m.path("id").asText("");
            if (!id.isEmpty() && models.size() < MOST_MODELS_SHOWN) {
                models.add(new EngineModel(id, 0, m.path("owned_by").asText("")));
            }
        }
        return EngineStatus.answered(engine, models);
    }

    private HttpResponse<String> get(Engine engine, URI uri, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        if (apiKey != null && !apiKey.isEmpty()) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return Outbound.send(engine.reach().purpose(), http, b.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        http.close();
    }
}
