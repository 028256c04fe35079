package dev.zhiku.rag.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.TokenSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/**
 * Reads one streamed chat completion: hands each piece of text to the sink, notes the finish reason and the
 * usage, and stops early when the user presses Stop (checked at least every {@value #POLL_MILLIS} ms).
 */
final class AnswerStream {

    static final long POLL_MILLIS = 50;

    private final ObjectMapper json;
    private final ServiceNames names;
    private final SseEventParser parser = new SseEventParser();
    private final StringBuilder text = new StringBuilder();
    private int chunks;
    private int reportedTokens = -1;
    private String finishReason;
    private long firstTokenNanos = -1;
    private boolean stopped;

    AnswerStream(ObjectMapper json, ServiceNames names) {
        this.json = json;
        this.names = names;
    }

    /** Reads until the answer ends or Stop; throws {@link StreamDroppedException} when it breaks off. */
    void read(ResponseChunks body, TokenSink sink, GenerationControl control, Duration idleTimeout)
            throws InterruptedException {
        long lastData = System.nanoTime();
        while (true) {
            if (control.isStopped()) {
                stopped = true;
                body.cancel();
                return;
            }
            Object item = body.poll(POLL_MILLIS);
            if (item == null) {
                if (System.nanoTime() - lastData > idleTimeout.toNanos()) {
                    body.cancel();
                    throw dropped(names.service() + " went silent for " + idleTimeout.toSeconds() + " s", null);
                }
                continue;
            }
            lastData = System.nanoTime();
            if (item == ResponseChunks.END) {
                if (finishReason == null) {
                    throw dropped("the connection closed before the answer ended", null);
                }
                return;
            }
            if (item instanceof Throwable t) {
                throw dropped("the connection broke (" + t.getClass().getSimpleName() + ")", t);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) item;
            for (ByteBuffer buffer : buffers) {
                for (String event : parser.feed(buffer)) {
                    if (event.strip().equals("[DONE]")) {
                        body.cancel();
                        finishReason = finishReason == null ? "stop" : finishReason;
                        return;
                    }
                    accept(event, sink);
                    if (control.isStopped()) {
                        stopped = true;
                        body.cancel();
                        return;
                    }
                }
            }
        }
    }

    private void accept(String event, TokenSink sink) {
        JsonNode chunk;
        try {
            chunk = json.readTree(event);
        } catch (IOException e) {
            throw dropped(names.service() + " sent something that is not JSON", e);
        }
        if (chunk.has("error")) {
            throw dropped(names.service() + " reported an error: " + chunk.path("error").path("message").asText(),
                    null);
        }
        JsonNode usage = chunk.path("usage");
        if (usage.has("completion_tokens")) {
            reportedTokens = usage.path("completion_tokens").asInt();
        }
        JsonNode choice = chunk.path("choices").path(0);
        String piece = choice.path("delta").path("content").asText("");
        if (!piece.isEmpty()) {
            if (firstTokenNanos < 0) {
                firstTokenNanos = System.nanoTime();
            }
            text.append(piece);
            chunks++;
            sink.onToken(piece);
        }
        if (choice.hasNonNull("finish_reason")) {
            finishReason = choice.path("finish_reason").asText();
        }
    }

    private GenerationException dropped(String why, Throwable cause) {
        String kept = text.isEmpty() ? "no text had arrived" : "the " + text.length() + " characters that arrived"
                + " are kept";
        String message = text.isEmpty() ? why + " before answering; try again"
                : names.answer() + " broke off: " + why + "; " + kept + " (finish reason: none)";
        return new StreamDroppedException(message, text.toString(), cause);
    }

    String text() {
        return text.toString();
    }

    boolean stopped() {
        return stopped;
    }

    String finishReason() {
        return finishReason;
    }

    /** Tokens generated: the service's count when it sent one (and the answer was not cut short), else chunks. */
    int generatedTokens() {
        return reportedTokens >= 0 && !stopped ? reportedTokens : chunks;
    }

    long firstTokenNanos() {
        return firstTokenNanos;
    }
}
