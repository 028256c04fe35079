package dev.zhiku.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhiku.core.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an OpenAI chat-completions request that Zhiku uses; sampling options are accepted and ignored
 * (answers come from the documents).
 *
 * @param model        the model name the client asked for (echoed back)
 * @param messages     the conversation, oldest first
 * @param stream       whether to answer as Server-Sent Events
 * @param includeUsage whether a streamed answer ends with a usage chunk ({@code stream_options.include_usage})
 * @param maxTokens    most tokens in the answer, or 0 for no limit
 * @param stop         strings that end the answer
 */
record ChatCompletionRequest(String model, List<ChatMessage> messages, boolean stream, boolean includeUsage,
                             int maxTokens, List<String> stop) {

    static ChatCompletionRequest parse(JsonNode body) throws ApiError {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object");
        }
        List<ChatMessage> messages = messages(body.get("messages"));
        if (messages.stream().noneMatch(m -> m.role() == ChatMessage.Role.USER && !m.content().isBlank())) {
            throw ApiError.badRequest("'messages' needs a user message with the question");
        }
        JsonNode max = body.has("max_completion_tokens") ? body.get("max_completion_tokens") : body.get("max_tokens");
        int maxTokens = 0;
        if (max != null && !max.isNull()) {
            if (!max.canConvertToInt() || max.asInt() < 1) {
                throw ApiError.badRequest("'max_tokens' must be a whole number of at least 1");
            }
            maxTokens = max.asInt();
        }
        String model = body.path("model").asText("zhiku");
        boolean stream = body.path("stream").asBoolean(false);
        boolean usage = body.path("stream_options").path("include_usage").asBoolean(false);
        return new ChatCompletionRequest(model, messages, stream, usage, maxTokens, stop(body.get("stop")));
    }

    /** The question: the last user message. */
    String question() {
        return messages.reversed().stream().filter(m -> m.role() == ChatMessage.Role.USER).findFirst()
                .orElseThrow().content();
    }

    /** The turns before the question, without system messages. */
    List<ChatMessage> history() {
        int last = messages.lastIndexOf(messages.reversed().stream()
                .filter(m -> m.role() == ChatMessage.Role.USER).findFirst().orElseThrow());
        return messages.subList(0, last).stream().filter(m -> m.role() != ChatMessage.Role.SYSTEM).toList();
    }

    private static List<ChatMessage> messages(JsonNode node) throws ApiError {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw ApiError.badRequest("'messages' must be a non-empty array");
        }
        List<ChatMessage> list = new ArrayList<>();
        for (JsonNode m : node) {
            String role = m.path("role").asText("").toLowerCase(Locale.ROOT);
            ChatMessage.Role r = switch (role) {
                case "system", "developer" -> ChatMessage.Role.SYSTEM;
                case "user" -> ChatMessage.Role.USER;
                case "assistant" -> ChatMessage.Role.ASSISTANT;
                case "tool", "function" -> null;
                default -> throw ApiError.badRequest("unknown message role '" + role + "'");
            };
            if (r != null) {
                list.add(new ChatMessage(r, content(m.get("content"))));
            }
        }
        return list;
    }

    /** A string, or an array of parts of which the text parts count. */
    private static String content(JsonNode node) throws ApiError {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder();
            node.forEach(part -> text.append(part.path("text").asText("")));
            return text.toString();
        }
        throw ApiError.badRequest("a message's 'content' must be a string or an array of parts");
    }

    private static List<String> stop(JsonNode node) throws ApiError {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? List.of() : List.of(node.asText());
        }
        if (!node.isArray()) {
            throw ApiError.badRequest("'stop' must be a string or an array of strings");
        }
        List<String> stops = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isTextual()) {
                throw ApiError.badRequest("'stop' must be a string or an array of strings");
            }
            if (!s.asText().isEmpty()) {
                stops.add(s.asText());
            }
        }
        return stops;
    }
}
