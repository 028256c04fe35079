package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An embedding model a server on this PC (or a trusted one) runs: Ollama's {@code POST /api/embed}
 * ({@code {"model", "input": [...]}} → {@code {"embeddings": [[...]]}}) or OpenAI's {@code POST /v1/embeddings}
 * ({@code data[i].embedding}). Vectors are L2-normalised here unless they are already, so dot products are cosines.
 * The dimension is what the server returned for a probe text when the model was opened. A server on the network
 * that the user has not marked trusted is refused: embedding sends every passage, and there is no preview for that.
 */
public final class ServerEmbeddingModel implements EmbeddingModel {

    /** Texts sent in one request. */
    static final int BATCH = 32;
    /** Longest wait for one request: a server on a CPU may first load the model. */
    static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final int MAX_ID = 64;
    /** Texts shorter than this that a server still refuses are not shortened further. */
    private static final int MIN_SHORTENED = 16;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServerEmbeddingModel.class);

    private final Engine engine;
    private final String model;
    private final String apiKey;
    private final String queryPrefix;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String id;
    private final int dimension;

    private ServerEmbeddingModel(Engine engine, String model, String apiKey, String queryPrefix) {
        this.engine = engine;
        this.model = model;
        this.apiKey = apiKey == null ? "" : apiKey;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.http = Outbound.client(EngineProbe.TIMEOUT, null, false);
        this.id = idOf(engine, model);
        try {
            this.dimension = request(List.of("dimension probe 维度")).getFirst().length;
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    /**
     * Opens a server's model for embedding: one probe request learns its dimension, so an absent server or an
     * unknown model fails here with a sentence the user can act on.
     *
     * @param queryPrefix an instruction put before every search query (some models want one), or empty
     * @throws IllegalArgumentException for a server on the network the user has not marked trusted
     * @throws IllegalStateException    when the server does not answer or does not know the model
     */
    public static ServerEmbeddingModel open(Engine engine, String model, String apiKey, String queryPrefix) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
        if (!engine.reach().direct()) {
            throw new IllegalArgumentException(engine.label() + " (" + engine.address() + ") is on the network and "
                    + "not marked trusted; embedding sends every passage of the knowledge base, so it is only done by "
                    + "a server on this PC or one you trust (`zhiku engines add URL --trusted`)");
        }
        return new ServerEmbeddingModel(engine, model, apiKey, queryPrefix);
    }

    /**
     * The id vectors of this model are stored under: the engine's name and the model's ("ollama/bge-m3"); a name
     * longer than the catalog keeps is shortened with a hash of the whole.
     */
    public static String idOf(Engine engine, String model) {
        String full = engine.name() + "/" + model;
        if (full.length() <= MAX_ID) {
            return full;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return full.substring(0, MAX_ID - 13) + "~" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** The model's name on its server. */
    public String model() {
        return model;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += BATCH) {
            List<String> slice = texts.subList(i, Math.min(texts.size(), i + BATCH));
            for (float[] v : embedShortening(slice)) {
                if (v.length != dimension) {
                    throw new IllegalStateException(engine.label() + " returned a vector of " + v.length
                            + " dimensions from " + model + ", which made " + dimension + " before; was the model "
                            + "replaced on the server? Choose it again with `zhiku embeddings use`");
                }
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public float[] embedQuery(String query) {
        Objects.requireNonNull(query, "query");
        return embedPassages(List.of(queryPrefix + query)).getFirst();
    }

    /**
     * The texts' vectors; when the server refuses a batch as bad input (a text longer than its model takes), each
     * text is sent alone, and a refused text is cut to its first half until it is taken — as the bundled model keeps
     * the first 512 tokens of a passage.
     */
    private List<float[]> embedShortening(List<String> texts) {
        try {
            return request(texts);
        } catch (InputRefusedException e) {
            if (texts.size() > 1) {
                List<float[]> out = new ArrayList<>(texts.size());
                for (String t : texts) {
                    out.add(embedShortening(List.of(t)).getFirst());
                }
                return out;
            }
            String text = texts.getFirst();
            if (text.length() < MIN_SHORTENED) {
                throw e;
            }
            int cut = text.length() / 2;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            LOG.debug("{} refused a text of {} characters; sending its first {}", engine.label(), text.length(), cut);
            return embedShortening(List.of(text.substring(0, cut)));
        }
    }

    /** A server's 400 or 413 to an embedding request: it will not take that input as it is. */
    private static final class InputRefusedException extends IllegalStateException {
        InputRefusedException(String message) {
            super(message);
        }
    }

    private List<float[]> request(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        boolean ollama = engine.kind().ollamaApi();
        ObjectNode body = json.createObjectNode().put("model", model);
        texts.forEach(body.putArray("input")::add);
        if (ollama) {
            body.put("truncate", true); // Ollama's default, said: a long text is cut to the model's context
        }
        EngineRequests.Reply r;
        try {
            r = EngineRequests.post(engine, http, json, ollama ? "/api/embed" : "/v1/embeddings", body, apiKey,
                    TIMEOUT);
        } catch (IOException | InterruptedException e) {
            throw EngineRequests.failure(engine, "embed with '" + model + "'", "embedding",
                    "start it, or go back to the bundled model with `zhiku embeddings use bundled`", e);
        }
        if (r.status() == 400 || r.status() == 413) {
            throw new InputRefusedException(engine.label() + " refused to embed with '" + model + "' (HTTP "
                    + r.status() + ": " + r.error() + ")");
        }
        if (r.status() != 200) {
            throw new IllegalStateException(engine.label() + " did not embed with '" + model + "' (HTTP "
                    + r.status() + ": " + r.error() + ")" + (r.status() == 404 ? "; check the "
                    + "model's name with `zhiku engines list`" + (ollama ? " or `ollama pull " + model + "`" : "")
                    : ""));
        }
        List<float[]> vectors = ollama ? vectors(r.root().path("embeddings")) : openAiVectors(r.root().path("data"));
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException(engine.label() + " returned " + vectors.size() + " vectors for "
                    + texts.size() + " texts from " + model);
        }
        return vectors;
    }

    private List<float[]> openAiVectors(JsonNode data) {
        List<JsonNode> ordered = new ArrayList<>();
        data.forEach(ordered::add);
        ordered.sort(java.util.Comparator.comparingInt(n -> n.path("index").asInt(0)));
        List<float[]> out = new ArrayList<>();
        for (JsonNode item : ordered) {
            JsonNode e = item.path("embedding");
            if (!e.isArray()) {
                throw new IllegalStateException(engine.label() + " sent an embedding that is not a list of numbers");
            }
            out.add(normalised(e));
        }
        return out;
    }

    private List<float[]> vectors(JsonNode embeddings) {
        List<float[]> out = new ArrayList<>();
        for (JsonNode e : embeddings) {
            out.add(normalised(e));
        }
        return out;
    }

    private float[] normalised(JsonNode values) {
        float[] v = new float[values.size()];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) values.get(i).asDouble();
            sum += (double) v[i] * v[i];
        }
        if (v.length == 0 || sum == 0) {
            throw new IllegalStateException(engine.label() + " returned an empty or zero vector from " + model);
        }
        if (Math.abs(sum - 1) < 1e-5) {
            return v; // unit length already: kept bit for bit, so a server running the bundled model gives its vectors
        }
        float inverse = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inverse;
        }
        return v;
    }

    @Override
    public void close() {
        http.close();
    }
}
