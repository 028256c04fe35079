package dev.zhiku.rag.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationResult.FinishReason;
import dev.zhiku.core.TokenSink;
import dev.zhiku.rag.cloud.ResponseChunks;
import dev.zhiku.rag.cloud.StreamDroppedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads one answer streamed as newline-delimited JSON (Ollama's {@code /api/chat}): each line's
 * {@code message.content} goes to the sink; the last line has {@code done: true}, {@code done_reason} and
 * {@code eval_count}. Bytes are split into lines before decoding, so a character split across two network
 * buffers arrives whole.
 */
final class NdjsonAnswer {

    private final ObjectMapper json;
    private final String server;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int pieces;
    private int evalCount = -1;
    private String doneReason;
    private boolean done;
    private boolean stopped;
    private long firstTokenNanos = -1;

    NdjsonAnswer(ObjectMapper json, String server) {
        this.json = json;
        this.server = server;
    }

    void read(ResponseChunks body, TokenSink sink, GenerationControl control, Duration idleTimeout, long pollMillis)
            throws InterruptedException {
        long lastData = System.nanoTime();
        while (!done) {
            if (control.isStopped()) {
                stopped = true;
                body.cancel();
                return;
            }
            Object item = body.poll(pollMillis);
            if (item == null) {
                if (System.nanoTime() - lastData > idleTimeout.toNanos()) {
                    body.cancel();
                    throw dropped(server + " went silent for " + idleTimeout.toSeconds() + " s", null);
                }
                continue;
            }
            lastData = System.nanoTime();
            if (item == ResponseChunks.END) {
                if (!done) {
                    throw dropped("the connection closed before the answer ended", null);
                }
                return;
            }
            if (item instanceof Throwable t) {
                throw dropped("the connection broke (" + t.getClass().getSimpleName() + ")", t);
            }
            for (Object b : (List<?>) item) {
                ByteBuffer buffer = (ByteBuffer) b;
                while (buffer.hasRemaining() && !done) {
                    byte next = buffer.get();
                    if (next == '\n') {
                        accept(line.toString(StandardCharsets.UTF_8), sink);
                        line.reset();
                        if (control.isStopped() && !done) {
                            stopped = true;
                            body.cancel();
                            return;
                        }
                    } else {
                        line.write(next);
                    }
                }
            }
        }
        body.cancel();
    }

    private void accept(String jsonLine, TokenSink sink) {
        if (jsonLine.isBlank()) {
            return;
        }
        JsonNode chunk;
        try {
            chunk = json.readTree(jsonLine);
        } catch (IOException e) {
            throw dropped(server + " sent something that is not JSON", e);
        }
        if (chunk.has("error")) {
            throw dropped(server + " reported an error: " + chunk.path("error").asText(), null);
        }
        String piece = chunk.path("message").path("content").asText("");
        if (!piece.isEmpty()) {
            if (firstTokenNanos < 0) {
                firstTokenNanos = System.nanoTime();
            }
            text.append(piece);
            pieces++;
            sink.onToken(piece);
        }
        if (chunk.path("done").asBoolean(false)) {
            done = true;
            doneReason = chunk.path("done_reason").asText("stop");
            evalCount = chunk.path("eval_count").asInt(-1);
        }
    }

    private GenerationException dropped(String why, Throwable cause) {
        String message = text.isEmpty() ? why + " before answering; try again"
                : "the answer from " + server + " broke off: " + why + "; the " + text.length()
                        + " characters that arrived are kept";
        return new StreamDroppedException(message, text.toString(), cause);
    }

    String text() {
        return text.toString();
    }

    FinishReason finish() {
        if (stopped || !done) {
            return FinishReason.STOPPED;
        }
        return "length".equals(doneReason) ? FinishReason.LENGTH : FinishReason.END;
    }

    int generatedTokens() {
        return evalCount >= 0 && !stopped ? evalCount : pieces;
    }

    long firstTokenNanos() {
        return firstTokenNanos;
    }

    /** An error body, read for at most {@code limit} and 16 KB. */
    static String drain(ResponseChunks chunks, long pollMillis, Duration limit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long until = System.nanoTime() + limit.toNanos();
        try {
            while (System.nanoTime() < until && bytes.size() < 16_384) {
                Object item = chunks.poll(pollMillis);
                if (item == ResponseChunks.END || item instanceof Throwable) {
                    break;
                }
                if (item instanceof List<?> buffers) {
                    for (Object b : buffers) {
                        ByteBuffer buffer = (ByteBuffer) b;
                        byte[] copy = new byte[buffer.remaining()];
                        buffer.get(copy);
                        bytes.writeBytes(copy);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        chunks.cancel();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** ": the server's message" from {@code {"error": "..."}}, or empty. */
    static String errorDetail(ObjectMapper json, String body) {
        try {
            String message = json.readTree(body).path("error").asText("");
            return message.isBlank() ? "" : ": " + message.strip().lines().findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
