package dev.zhiku.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible server over the knowledge base, bound to 127.0.0.1 only: {@code GET /v1/models} and
 * {@code POST /v1/chat/completions}, each behind the bearer token. Errors are JSON in OpenAI's shape
 * ({@code {"error": {"message", "type", "code"}}}) with status 400, 401, 404, 405, 413 or 500.
 *
 * <p>Any program of any user of the PC can connect to loopback, so the server assumes hostile local clients: the
 * token is checked before a body is read, requests must arrive within {@link #REQUEST_SECONDS}, at most
 * {@link #MAX_CONNECTIONS} connections are open, each has its own worker (idle or slow sockets cannot take the
 * workers that answer), and questions are capped to what the answer's context can use.
 */
public final class KnowledgeServer implements AutoCloseable {

    static final String MODELS = "/v1/models";
    static final String COMPLETIONS = "/v1/chat/completions";
    /** MCP over Streamable HTTP ({@code zhiku serve --mcp}). */
    public static final String MCP = "/mcp";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeServer.class);
    /**
     * Most connections open at once; the JDK's server closes further ones as soon as it accepts them. On loopback
     * every client has the address 127.0.0.1, so this bounds all clients together.
     */
    static final int MAX_CONNECTIONS = 64;
    /** Seconds within which a request's headers and body must have arrived; then the connection is closed. */
    static final int REQUEST_SECONDS = 10;
    /**
     * Settings of the JDK's server, read once, when its first server is created (docs/decisions/0022):
     * <ul>
     * <li>{@code nodelay}: the JDK leaves Nagle's algorithm on. A streamed answer is many small flushed writes, and
     * each response then ended with a wait for the client's delayed ACK: about 40 ms on Linux, which made a streamed
     * extractive answer three times slower than a plain one ({@code zhiku bench serve}).</li>
     * <li>{@code maxReqTime}: without it a client that sends its headers or body byte by byte holds a worker
     * forever; the JDK reads headers on the worker thread.</li>
     * <li>{@code maxConnections}: see {@link #MAX_CONNECTIONS}.</li>
     * <li>{@code drainAmount}: a refused request (wrong token, too large) is answered before its body is read; the
     * rest of the body (up to 8 MB) is then read and dropped on the connection's own worker, so that the client
     * sees the answer instead of a reset connection; a body that does not arrive ends with the request deadline.</li>
     * </ul>
     */
    private static final Map<String, String> JDK_SERVER_SETTINGS = Map.of(
            "sun.net.httpserver.nodelay", "true",
            "sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS),
            "jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS),
            "sun.net.httpserver.drainAmount", Integer.toString(8 * 1024 * 1024));

    static {
        JDK_SERVER_SETTINGS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final BearerToken token;
    private final String modelId;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatCompletionHandler completions;
    /** {@code POST /mcp}, or null when the server was started without {@code --mcp}. */
    private volatile HttpEndpoint mcp;
    /** {@code POST /v1/embeddings}, or null when the server was started without an embedding model. */
    private volatile EmbeddingsHandler embeddings;

    private KnowledgeServer(HttpServer server, Answerer answerer, RequestLimits limits, String modelId,
                            String token) {
        this.server = server;
        this.token = new BearerToken(token);
        this.modelId = modelId;
        this.completions = new ChatCompletionHandler(answerer, modelId, json, limits);
        AtomicInteger count = new AtomicInteger();
        // A worker for every connection the server accepts: the JDK reads a request's headers on the worker, so
        // with a few workers a few clients that never finish their headers stopped everyone else's answers.
        this.pool = new ThreadPoolExecutor(4, 2 * MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
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
        return start(answerer, null, modelId, port, token);
    }

    /**
     * Starts serving on 127.0.0.1, refusing questions larger than {@code model}'s context can use.
     *
     * @param model the model that writes the answers, or null (extractive answers)
     */
    public static KnowledgeServer start(Answerer answerer, TextGenerator model, String modelId, int port,
                                        String token) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        KnowledgeServer server = new KnowledgeServer(http, answerer,
                RequestLimits.of(model, RagSettings.defaults()), modelId, token);
        http.start();
        LOG.info("serving the knowledge base at {}", server.baseUri());
        return server;
    }

    /**
     * Also answers {@code POST /v1/embeddings} with {@code model}, the knowledge base's embedding model, loaded on
     * the first request that needs it.
     */
    public KnowledgeServer withEmbeddings(Supplier<EmbeddingModel> model) {
        this.embeddings = new EmbeddingsHandler(model, json, RequestLimits.defaults());
        return this;
    }

    /** A handler of one path behind the token (MCP's Streamable HTTP at {@code /mcp}). */
    @FunctionalInterface
    public interface HttpEndpoint {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Also answers {@code POST /mcp} (the Model Context Protocol over Streamable HTTP) behind the same token. */
    public KnowledgeServer withMcp(HttpEndpoint endpoint) {
        this.mcp = endpoint;
        return this;
    }

    /** A new random token for a server started without one. */
    public static String newToken() {
        return BearerToken.generate();
    }

    /** The API's base, e.g. {@code http://127.0.0.1:8765/v1}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Workers busy reading or answering a request (for tests). */
    int busyWorkers() {
        return pool.getActiveCount();
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
                    case MCP -> {
                        if (mcp == null) {
                            throw new ApiError(404, "not_found_error", "this server offers no MCP endpoint "
                                    + "(start zhiku serve with --mcp)");
                        }
                        yield "POST";
                    }
                    case EmbeddingsHandler.PATH -> {
                        if (embeddings == null) {
                            throw new ApiError(404, "not_found_error", "this server offers no embeddings "
                                    + "(start zhiku serve without --keyword-only); it offers GET " + MODELS
                                    + " and POST " + COMPLETIONS);
                        }
                        yield "POST";
                    }
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
                } else if (path.startsWith(MCP)) {
                    mcp.handle(exchange);
                } else if (path.startsWith(EmbeddingsHandler.PATH)) {
                    embeddings.handle(exchange);
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
        EmbeddingsHandler embedder = embeddings;
        if (embedder != null) {
            body.withArray("data").addObject().put("id", embedder.modelId()).put("object", "model")
                    .put("created", System.currentTimeMillis() / 1000).put("owned_by", "zhiku");
        }
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
