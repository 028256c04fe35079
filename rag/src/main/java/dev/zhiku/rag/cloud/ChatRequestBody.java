package dev.zhiku.rag.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import java.util.List;
import java.util.Locale;

/** A {@link GenerationRequest} as an OpenAI chat-completions request body, streamed with usage at the end. */
final class ChatRequestBody {

    private ChatRequestBody() {
    }

    static byte[] of(ObjectMapper json, String model, List<ChatMessage> messages, int maxTokens,
                     GenerationRequest request) {
        ObjectNode body = json.createObjectNode().put("model", model);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage m : messages) {
            list.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.content());
        }
        body.put("max_tokens", maxTokens).put("temperature", request.temperature()).put("top_p", request.topP())
                .put("seed", request.seed()).put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        try {
            if (request.jsonSchema() != null) {
                ObjectNode format = body.putObject("response_format").put("type", "json_schema");
                format.putObject("json_schema").put("name", "answer").set("schema",
                        json.readTree(request.jsonSchema()));
            }
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new GenerationException("the answer's JSON schema is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
