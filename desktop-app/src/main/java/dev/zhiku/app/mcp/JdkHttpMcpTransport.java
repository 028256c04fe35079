package dev.zhiku.app.mcp;

import com.sun.net.httpserver.HttpExchange;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * MCP's Streamable HTTP in its stateless form on the JDK's HttpServer, which {@code zhiku serve} already runs:
 * each POST carries one JSON-RPC message and a request is answered with one JSON response; GET (a server-sent
 * event stream) is not offered, which the protocol allows (405). The SDK's own HTTP transports are servlets, and
 * Zhiku runs no servlet container (decision 0026). The caller checks the bearer token before calling
 * {@link #handle}.
 */
public final class JdkHttpMcpTransport implements McpStatelessServerTransport {

    /** The context key of the calling client's name (its User-Agent), for the audit log. */
    static final String CLIENT = "zhiku.client";
    private static final int MAX_BODY = 1024 * 1024;

    private final McpJsonMapper json;
    private volatile McpStatelessServerHandler handler;

    JdkHttpMcpTransport(McpJsonMapper json) {
        this.json = json;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    /** Answers one POST to {@code /mcp}. */
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            sendError(exchange, 413, "the MCP message is larger than " + MAX_BODY / 1024 + " KiB");
            return;
        }
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, new String(body, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            sendError(exchange, 400, "not a JSON-RPC message: " + e.getMessage());
            return;
        }
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        McpTransportContext context = McpTransportContext.create(Map.of(CLIENT,
                "HTTP " + (agent == null || agent.isBlank() ? "client" : agent.strip())));
        McpStatelessServerHandler h = handler;
        if (message instanceof McpSchema.JSONRPCRequest request) {
            sendJson(exchange, 200, h.handleRequest(context, request).block());
        } else {
            if (message instanceof McpSchema.JSONRPCNotification notification) {
                h.handleNotification(context, notification).block();
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        sendJson(exchange, status, new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, null, null,
                new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_REQUEST, message, null)));
    }

    private void sendJson(HttpExchange exchange, int status, McpSchema.JSONRPCResponse response) throws IOException {
        byte[] out = json.writeValueAsBytes(response);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }
}
