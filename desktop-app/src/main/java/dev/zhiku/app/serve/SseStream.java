package dev.zhiku.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes Server-Sent Events, one {@code data: JSON} event per call, flushed at once. */
final class SseStream {

    private final OutputStream out;
    private final ObjectMapper json;

    private SseStream(OutputStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    /** Sends the event-stream headers (status 200, chunked) and returns the stream to write events to. */
    static SseStream open(HttpExchange exchange, ObjectMapper json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        return new SseStream(exchange.getResponseBody(), json);
    }

    void send(Object event) throws IOException {
        write("data: " + json.writeValueAsString(event) + "\n\n");
    }

    /** The end marker OpenAI clients wait for. */
    void done() throws IOException {
        write("data: [DONE]\n\n");
    }

    private void write(String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
