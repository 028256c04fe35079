package dev.zhiku.app.serve;

import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.llm.catalog.FitAdvisor;
import com.sun.net.httpserver.HttpExchange;
import dev.zhiku.rag.RagSettings;
import java.io.IOException;
import java.io.InputStream;
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
    /**
     * Most bytes of a too-large body read and thrown away before the refusal. A server that answers and closes
     * with request bytes still unread makes the kernel reset the connection, and a client still sending then
     * often loses the 413 itself ("header parser received no bytes"); reading the rest first lets it see the
     * reason. A body declared larger than this is refused unread: a client announcing 50 MB is not waited for.
     */
    static final long DRAINED_BYTES = 16L * 1024 * 1024;

    /** The limits for answers written by {@code model} (null: extractive answers, sized for the default context). */
    static RequestLimits of(TextGenerator model, RagSettings settings) {
        int context = model == null || model.contextLength() <= 0 ? FitAdvisor.DEFAULT_CONTEXT : model.contextLength();
        int room = context - settings.contextTokens() - settings.answerTokens() - PROMPT_TOKENS;
        return new RequestLimits(BODY_BYTES, Math.max(64, room));
    }

    static RequestLimits defaults() {
        return of(null, RagSettings.defaults());
    }

    /**
     * The request's body, at most {@link #bodyBytes} of it: one that says (or turns out) to be larger is refused
     * with 413, after reading and dropping the rest when that is at most {@link #DRAINED_BYTES}.
     */
    byte[] body(HttpExchange exchange) throws IOException, ApiError {
        InputStream in = exchange.getRequestBody();
        long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        if (declared > bodyBytes) {
            if (declared <= DRAINED_BYTES) {
                discard(in, declared);
            }
            throw bodyTooLarge();
        }
        byte[] bytes = in.readNBytes(bodyBytes + 1);
        if (bytes.length > bodyBytes) {
            discard(in, DRAINED_BYTES - bytes.length);
            throw bodyTooLarge();
        }
        return bytes;
    }

    /** The Content-Length a client declared; -1 when it declared none or one that is not a number. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        String value = header.strip();
        return value.length() < 19 && value.matches("\\d+") ? Long.parseLong(value) : -1;
    }

    private static void discard(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = most; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
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
