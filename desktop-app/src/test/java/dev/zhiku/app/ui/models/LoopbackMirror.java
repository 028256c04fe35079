package dev.zhiku.app.ui.models;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** A real HTTP server on 127.0.0.1 that serves one body, slowly when asked, for download tests. */
final class LoopbackMirror implements AutoCloseable {

    private final HttpServer server;

    LoopbackMirror(String path, byte[] body, int chunk, long pauseMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += chunk) {
                    out.write(Arrays.copyOfRange(body, at, Math.min(body.length, at + chunk)));
                    out.flush();
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the client went away (a cancelled download): nothing to do
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
