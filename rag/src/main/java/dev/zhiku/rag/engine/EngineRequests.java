package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.net.OutboundRefusedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One JSON request to a model server that is not a chat (embeddings, reranking): the POST through the outbound gate
 * with the engine's purpose and key, the reply read as JSON, and each way it can fail turned into one line a person
 * can act on.
 */
final class EngineRequests {

    /** A server's reply: its status and its body as JSON (an empty object for an empty body). */
    record Reply(int status, JsonNode root) {

        /** The server's own reason from {@code {"error": "..."}} or {@code {"error": {"message": "..."}}}. */
        String error() {
            JsonNode error = root.path("error");
            String text = error.isTextual() ? error.asText() : error.path("message").asText("");
            return text.isBlank() ? "no reason given" : text;
        }
    }

    private EngineRequests() {
    }

    static Reply post(Engine engine, HttpClient http, ObjectMapper json, String path, ObjectNode body, String apiKey,
                      Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(engine.address() + path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (!apiKey.isEmpty()) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> r = Outbound.send(engine.reach().purpose(), http, b.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body()));
    }

    /**
     * The line for a request that did not get a reply: refused by the gate, nobody listening (then {@code whenDown}
     * says what happens or what to do), a broken connection, or an interrupt (the flag is set again).
     *
     * @param doing what the request was for, as in "failed to embed with 'bge-m3'"
     * @param action the noun for an interrupt, as in "embedding with Ollama was interrupted"
     */
    static IllegalStateException failure(Engine engine, String doing, String action, String whenDown, Exception e) {
        if (e instanceof OutboundRefusedException) {
            return new IllegalStateException(e.getMessage(), e);
        }
        if (e instanceof ConnectException) {
            return new IllegalStateException(engine.label() + " is not running (nothing answers at "
                    + engine.address().getHost() + ":" + engine.address().getPort() + "); " + whenDown, e);
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new IllegalStateException(action + " with " + engine.label() + " was interrupted", e);
        }
        return new IllegalStateException(engine.label() + " failed to " + doing + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
