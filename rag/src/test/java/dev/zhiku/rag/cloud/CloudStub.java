package dev.zhiku.rag.cloud;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a remote OpenAI-compatible service on loopback (real HTTP, real SSE): it records every request
 * body and streams a fixed answer in the given pieces, or answers with an HTTP error status.
 */
final class CloudStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private volatile List<String> pieces = List.of("OK");
    private volatile int status = 200;

    CloudStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (status != 200) {
                byte[] error = "{\"error\":{\"message\":\"no\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, error.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(error);
                }
                return;
            }
            StringBuilder sse = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                String finish = i == pieces.size() - 1 ? "\"stop\"" : "null";
                sse.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                        .append(quote(pieces.get(i))).append("},\"finish_reason\":").append(finish)
                        .append("}]}\n\n");
            }
            sse.append("data: [DONE]\n\n");
            byte[] bytes = sse.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    void answer(String... answerPieces) {
        this.pieces = List.of(answerPieces);
        this.status = 200;
    }

    void fail(int httpStatus) {
        this.status = httpStatus;
    }

    List<String> bodies() {
        return bodies;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
