package dev.zhiku.core;

import java.util.List;

/**
 * What to generate.
 *
 * @param messages       the conversation, system message first when there is one
 * @param maxTokens      most tokens to generate
 * @param temperature    sampling temperature (0 = greedy)
 * @param topP           nucleus sampling mass
 * @param seed           random seed, for reproducible output
 * @param stop           strings that end the answer (not included in it)
 * @param jsonSchema     a JSON schema the output must follow, or null
 * @param conversationId identifies a conversation whose earlier turns may still be cached, or null
 */
public record GenerationRequest(List<ChatMessage> messages, int maxTokens, double temperature, double topP,
                                long seed, List<String> stop, String jsonSchema, String conversationId) {

    public GenerationRequest {
        messages = List.copyOf(messages);
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one message");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1");
        }
    }

    /** A request with defaults: 512 tokens, temperature 0.2, top-p 0.9, seed 42. */
    public static GenerationRequest of(List<ChatMessage> messages) {
        return new GenerationRequest(messages, 512, 0.2, 0.9, 42, List.of(), null, null);
    }

    public GenerationRequest withMaxTokens(int n) {
        return new GenerationRequest(messages, n, temperature, topP, seed, stop, jsonSchema, conversationId);
    }

    public GenerationRequest withStop(List<String> stopStrings) {
        return new GenerationRequest(messages, maxTokens, temperature, topP, seed, stopStrings, jsonSchema,
                conversationId);
    }

    public GenerationRequest withJsonSchema(String schema) {
        return new GenerationRequest(messages, maxTokens, temperature, topP, seed, stop, schema, conversationId);
    }

    public GenerationRequest withConversation(String id) {
        return new GenerationRequest(messages, maxTokens, temperature, topP, seed, stop, jsonSchema, id);
    }

    public GenerationRequest withSampling(double newTemperature, double newTopP, long newSeed) {
        return new GenerationRequest(messages, maxTokens, newTemperature, newTopP, newSeed, stop, jsonSchema,
                conversationId);
    }
}
