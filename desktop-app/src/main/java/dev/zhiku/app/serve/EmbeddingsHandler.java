package dev.zhiku.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code POST /v1/embeddings}: embeds text with the knowledge base's own embedding model, in OpenAI's request and
 * response shapes, so that other local tools can embed with the model Zhiku indexes with. A text is embedded as a
 * passage, exactly as the indexer embeds chunks, so a client's vectors compare with the index's vectors
 * (docs/decisions/0028).
 */
final class EmbeddingsHandler {

    static final String PATH = "/v1/embeddings";
    /** Most texts in one request (OpenAI's own limit). */
    static final int MAX_INPUTS = 2048;

    private final Supplier<EmbeddingModel> model;
    private final ObjectMapper json;
    private final RequestLimits limits;

    /** @param model the knowledge base's embedding model, loaded on first use */
    EmbeddingsHandler(Supplier<EmbeddingModel> model, ObjectMapper json, RequestLimits limits) {
        this.model = model;
        this.json = json;
        this.limits = limits;
    }

    /** The model id a client names in {@code model}. */
    String modelId() {
        return model.get().id();
    }

    void handle(HttpExchange exchange) throws IOException, ApiError {
        JsonNode body = readBody(exchange);
        EmbeddingModel embedder = model.get();
        JsonNode named = body.get("model");
        if (named != null && !named.isNull() && !named.asText().equals(embedder.id())) {
            throw new ApiError(404, "invalid_request_error", "no such embedding model: '" + named.asText()
                    + "'; this server embeds with '" + embedder.id() + "' (the knowledge base's model)");
        }
        List<String> texts = inputs(body.get("input"));
        JsonNode dimensions = body.get("dimensions");
        if (dimensions != null && !dimensions.isNull() && dimensions.asInt(-1) != embedder.dimension()) {
            throw ApiError.badRequest("dimensions " + dimensions.asText() + " is not offered: " + embedder.id()
                    + " makes vectors of " + embedder.dimension() + " dimensions and cannot shorten them");
        }
        String format = body.path("encoding_format").asText("float");
        if (!format.equals("float") && !format.equals("base64")) {
            throw ApiError.badRequest("encoding_format must be 'float' or 'base64', not '" + format + "'");
        }
        int tokens = 0;
        if (embedder instanceof OnnxEmbeddingModel onnx) {
            for (int i = 0; i < texts.size(); i++) {
                int count = onnx.countTokens(texts.get(i));
                if (count > onnx.maxTextTokens()) {
                    throw ApiError.badRequest(String.format(Locale.ROOT, "input[%d] has %,d tokens; %s embeds at "
                            + "most %,d tokens of text; split it", i, count, embedder.id(), onnx.maxTextTokens()));
                }
                tokens += count;
            }
        }
        List<float[]> vectors = embedder.embedPassages(texts);
        ObjectNode out = json.createObjectNode().put("object", "list");
        ArrayNode data = out.putArray("data");
        for (int i = 0; i < vectors.size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            if (format.equals("base64")) {
                item.put("embedding", base64(vectors.get(i)));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vectors.get(i)) {
                    values.add(v);
                }
            }
        }
        out.put("model", embedder.id());
        out.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        KnowledgeServer.sendJson(exchange, 200, json.writeValueAsBytes(out));
    }

    private static List<String> inputs(JsonNode input) throws ApiError {
        if (input == null || input.isNull()) {
            throw ApiError.badRequest("'input' is missing; send a string or an array of strings");
        }
        if (input.isTextual()) {
            return List.of(checked(input.asText(), 0));
        }
        if (!input.isArray() || input.isEmpty()) {
            throw ApiError.badRequest("'input' must be a string or a non-empty array of strings");
        }
        if (input.size() > MAX_INPUTS) {
            throw new ApiError(413, "invalid_request_error", "'input' has " + input.size()
                    + " texts; send at most " + MAX_INPUTS + " in one request");
        }
        List<String> texts = new ArrayList<>(input.size());
        for (JsonNode item : input) {
            if (item.isNumber() || item.isArray()) {
                throw ApiError.badRequest("token-id input is not supported: token ids of another tokenizer do "
                        + "not fit this model; send the texts as strings");
            }
            if (!item.isTextual()) {
                throw ApiError.badRequest("input[" + texts.size() + "] is not a string");
            }
            texts.add(checked(item.asText(), texts.size()));
        }
        return texts;
    }

    private static String checked(String text, int index) throws ApiError {
        if (text.isBlank()) {
            throw ApiError.badRequest("input[" + index + "] is empty; every text must have some content");
        }
        return text;
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            bytes.putFloat(v);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private JsonNode readBody(HttpExchange exchange) throws IOException, ApiError {
        byte[] bytes = limits.body(exchange);
        if (bytes.length == 0) {
            throw ApiError.badRequest("the request has no body; send a JSON embeddings request");
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
