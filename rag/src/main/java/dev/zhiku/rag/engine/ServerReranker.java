package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.Reranker;
import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A reranking model a server on this PC (or a trusted one) runs, through llama-server's {@code POST /v1/rerank}
 * ({@code {"model", "query", "documents": [...], "top_n"}} → {@code {"results": [{"index", "relevance_score"}]}},
 * the shape Jina and Cohere use too). A server on the network that the user has not marked trusted is refused, as
 * for embeddings: every question and the passages found for it would go there.
 */
public final class ServerReranker implements Reranker {

    /** Longest wait for one request. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Engine engine;
    private final String model;
    private final String apiKey;
    private final HttpClient http = Outbound.client(EngineProbe.TIMEOUT, null, false);
    private final ObjectMapper json = new ObjectMapper();

    private ServerReranker(Engine engine, String model, String apiKey) {
        this.engine = engine;
        this.model = model;
        this.apiKey = apiKey == null ? "" : apiKey;
    }

    /**
     * The server's reranking model (no request is made until the first question).
     *
     * @throws IllegalArgumentException for a server on the network the user has not marked trusted
     */
    public static ServerReranker open(Engine engine, String model, String apiKey) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        if (!engine.reach().direct()) {
            throw new IllegalArgumentException(engine.label() + " (" + engine.address() + ") is on the network and "
                    + "not marked trusted; reranking sends every question and the passages found for it, so it is only "
                    + "done by a server on this PC or one you trust (`zhiku engines add URL --trusted`)");
        }
        return new ServerReranker(engine, model, apiKey);
    }

    @Override
    public String id() {
        return engine.name() + "/" + model;
    }

    @Override
    public double[] scores(String query, List<String> texts) {
        Objects.requireNonNull(query, "query");
        double[] scores = new double[texts.size()];
        if (texts.isEmpty()) {
            return scores;
        }
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        ObjectNode body = json.createObjectNode().put("model", model).put("query", query).put("top_n", texts.size());
        texts.forEach(body.putArray("documents")::add);
        EngineRequests.Reply r;
        try {
            r = EngineRequests.post(engine, http, json, "/v1/rerank", body, apiKey, TIMEOUT);
        } catch (IOException | InterruptedException e) {
            throw EngineRequests.failure(engine, "rerank", "reranking",
                    "passages keep the search's order (`zhiku embeddings rerank off` stops asking)", e);
        }
        if (r.status() != 200) {
            throw new IllegalStateException(engine.label() + " did not rerank with '" + model + "' (HTTP "
                    + r.status() + ": " + r.error() + "); llama-server reranks when started with --reranking");
        }
        for (JsonNode result : r.root().path("results")) {
            int index = result.path("index").asInt(-1);
            if (index >= 0 && index < scores.length) {
                scores[index] = result.path("relevance_score").asDouble(result.path("score").asDouble());
            }
        }
        return scores;
    }

    @Override
    public void close() {
        http.close();
    }
}
