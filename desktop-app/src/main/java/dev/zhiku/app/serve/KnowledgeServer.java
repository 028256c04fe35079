package dev.zhiku.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.zhiku.rag.Answerer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible server over the knowledge base, bound to 127.0.0.1 only: {@code GET /v1/models} and
 * {@code POST /v1/chat/completions}, each behind the bearer token. Errors are JSON in OpenAI's shape
 * ({@code {"error": {"message", "type", "code"}}}) with status 400, 401, 404, 405 or 500.
 */
public final class KnowledgeServer implements AutoCloseable {

    static final String MODELS = "/v1/models";
    static final String COMPLETIONS = "/v1/chat/completions";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeServer.class);
    private static final int THREADS = 4;
    /**
     * The JDK's server leaves Nagle's algorithm on. A streamed answer is many small flushed writes, and each response
     * then ended with a wait for the client's delayed ACK: about 40 ms on Linux, which made a streamed extractive
     * answer three times slower than a plain one ({@code zhiku bench serve}). The JDK reads this property once, when
     * its first server is created.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final BearerToken token;
    private final String modelId;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatCompletionHandler completions;

    private KnowledgeServer(HttpServer server, Answerer answerer, String modelId, String token) {
        this.server = server;
        this.token = new BearerToken(token);
        this.modelId = modelId;
        this.completions = new ChatCompletionHandler(answerer, modelId, json);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "zhiku-serve-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        server.setExecutor(pool);
        server.createContext("/", this::route);
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param port    the port, or 0 for any free one
     * @param token   the bearer token clients must send
     * @param modelId the model name shown in {@code /v1/models} and in answers
     */
    public static KnowledgeServer start(Answerer answerer, String modelId, int port, String token)
            throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        KnowledgeServer server = new KnowledgeServer(http, answerer, modelId, token);
        http.start();
        LOG.info("serving the knowledge base at {}", server.baseUri());
        return server;
    }

    /** A new random token for a server started without one. */
    public static String newToken() {
        return BearerToken.generate();
    }

    /** The API's base, e.g. {@code http://127.0.0.1:8765/v1}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public String modelId() {
        return modelId;
    }

    private void route(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            try {
                String allowed = switch (path.endsWith("/") && path.length() > 1
                        ? path.substring(0, path.length() - 1) : path) {
                    case MODELS -> "GET";
                    case COMPLETIONS -> "POST";
                    default -> throw new ApiError(404, "not_found_error", "no such endpoint: " + path
                            + " (this server offers GET " + MODELS + " and POST " + COMPLETIONS + ")");
                };
                if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    throw new ApiError(401, "authentication_error",
                            "missing or wrong token; send 'Authorization: Bearer TOKEN' as printed by zhiku serve");
                }
                if (!allowed.equals(method)) {
                    exchange.getResponseHeaders().set("Allow", allowed);
                    throw new ApiError(405, "invalid_request_error", method + " is not allowed on " + path
                            + "; use " + allowed);
                }
                if (allowed.equals("GET")) {
                    models(exchange);
                } else {
                    completions.handle(exchange);
                }
            } catch (ApiError e) {
                sendError(exchange, e.status(), e.type(), e.getMessage());
            } catch (IOException e) {
                LOG.debug("client of {} went away: {}", path, e.toString());
            } catch (RuntimeException e) {
                LOG.warn("could not answer {} {}", method, path, e);
                sendError(exchange, 500, "server_error", "Zhiku could not answer: " + e.getMessage());
            }
        }
    }

    private void models(HttpExchange exchange) throws IOException {
        ObjectNode body = json.createObjectNode().put("object", "list");
        body.putArray("data").addObject().put("id", modelId).put("object", "model")
                .put("created", System.currentTimeMillis() / 1000).put("owned_by", "zhiku");
        sendJson(exchange, 200, json.writeValueAsBytes(body));
    }

    private void sendError(HttpExchange exchange, int status, String type, String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).put("code", status);
        try {
            sendJson(exchange, status, json.writeValueAsBytes(body));
        } catch (IOException e) {
            LOG.debug("could not send error {} ({}): {}", status, message, e.toString());
        }
    }

    static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and frees the threads. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        LOG.info("stopped serving the knowledge base");
    }
}
