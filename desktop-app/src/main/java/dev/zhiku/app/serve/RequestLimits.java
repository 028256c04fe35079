package dev.zhiku.app.serve;

import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.llm.catalog.FitAdvisor;
import dev.zhiku.rag.RagSettings;
import java.util.List;
import java.util.Locale;

/**
 * How large a chat-completions request may be: what the answer's context can use, and no more (a 3.9 MB question
 * was read, parsed and searched in full, six at once took 2 GB). The question and each earlier message the
 * answer uses must fit the model's context beside the evidence and the answer.
 *
 * @param bodyBytes      most bytes of a request body
 * @param questionTokens most tokens (estimated) of the question and of each earlier message
 */
record RequestLimits(int bodyBytes, int questionTokens) {

    /** Room for the system prompt, the source tags and the chat template. */
    static final int PROMPT_TOKENS = 200;
    static final int BODY_BYTES = 1024 * 1024;

    /** The limits for answers written by {@code model} (null: extractive answers, sized for the default context). */
    static RequestLimits of(TextGenerator model, RagSettings settings) {
        int context = model == null || model.contextLength() <= 0 ? FitAdvisor.DEFAULT_CONTEXT : model.contextLength();
        int room = context - settings.contextTokens() - settings.answerTokens() - PROMPT_TOKENS;
        return new RequestLimits(BODY_BYTES, Math.max(64, room));
    }

    static RequestLimits defaults() {
        return of(null, RagSettings.defaults());
    }

    ApiError bodyTooLarge() {
        return new ApiError(413, "invalid_request_error", "the request is larger than "
                + bodyBytes / (1024 * 1024) + " MB; send the question and a few earlier turns, not whole documents "
                + "(Zhiku reads those from the knowledge base)");
    }

    /** Refuses a question or earlier message larger than the context can use. */
    void check(String question, List<String> earlier) throws ApiError {
        int tokens = TokenEstimate.of(question);
        if (tokens > questionTokens) {
            throw new ApiError(413, "invalid_request_error", String.format(Locale.ROOT,
                    "the question is about %,d tokens; this server answers questions of up to %,d tokens "
                    + "(what fits the model's context beside the evidence and the answer)", tokens, questionTokens));
        }
        for (String message : earlier) {
            int size = TokenEstimate.of(message);
            if (size > questionTokens) {
                throw new ApiError(413, "invalid_request_error", String.format(Locale.ROOT,
                        "an earlier message is about %,d tokens; messages may have up to %,d tokens", size,
                        questionTokens));
            }
        }
    }
}
