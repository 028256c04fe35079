package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the cloud client fails, against small real HTTP servers on loopback. */
class OpenAiCompatibleGeneratorFailureTest {

    private static final GenerationRequest QUESTION = GenerationRequest.of(List.of(ChatMessage.user("Hi?")));

    private HttpServer server;

    @BeforeAll
    static void allowCloud() {
        Outbound.allowCloud(true);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aRefusedKeySaysSo() throws IOException {
        GenerationException e = assertThrows(GenerationException.class, () -> generate(serve(exchange ->
                reply(exchange, 401, "application/json", "{\"error\":{\"message\":\"Incorrect API key\"}}"))));
        assertTrue(e.getMessage().startsWith("the cloud service refused the API key"), e.getMessage());
    }

    @Test
    void rateLimitingIsRetriedThenAnswered() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI base = serve(exchange -> {
            if (calls.incrementAndGet() == 1) {
                reply(exchange, 429, "application/json", "{\"error\":{\"message\":\"slow down\"}}");
            } else {
                reply(exchange, 200, "text/event-stream", chunk("Hello", null) + chunk(" world", "stop")
                        + "data: [DONE]\n\n");
            }
        });
        StringBuilder streamed = new StringBuilder();
        GenerationResult result = generator(base).generate(QUESTION, streamed::append, new GenerationControl());
        assertAll(() -> assertEquals("Hello world", result.text()),
                () -> assertEquals("Hello world", streamed.toString()),
                () -> assertEquals(GenerationResult.FinishReason.END, result.finish()),
                () -> assertEquals(2, calls.get()));
    }

    @Test
    void lastingRateLimitingSaysToTryAgain() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI base = serve(exchange -> {
            calls.incrementAndGet();
            reply(exchange, 429, "application/json", "{}");
        });
        GenerationException e = assertThrows(GenerationException.class, () -> generate(base));
        assertAll(() -> assertEquals("the cloud service is rate-limiting; try again in a moment", e.getMessage()),
                () -> assertEquals(3, calls.get(), "the first try and two retries"));
    }

    @Test
    void aStreamThatBreaksOffKeepsTheTextThatArrived() throws IOException {
        URI base = serve(exchange -> reply(exchange, 200, "text/event-stream",
                chunk("Once upon", null) + chunk(" a time", null)));
        StringBuilder streamed = new StringBuilder();
        StreamDroppedException e = assertThrows(StreamDroppedException.class,
                () -> generator(base).generate(QUESTION, streamed::append, new GenerationControl()));
        assertAll(() -> assertEquals("Once upon a time", e.partialText()),
                () -> assertEquals("Once upon a time", streamed.toString()),
                () -> assertTrue(e.getMessage().contains("broke off") && e.getMessage().contains("finish reason"),
                        e.getMessage()),
                () -> assertEquals(1, e.getMessage().lines().count(), e.getMessage()));
    }

    @Test
    void anUnreachableServiceSaysWhichAddress() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/v1");
        GenerationException e = assertThrows(GenerationException.class, () -> generate(base));
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1:" + port), e.getMessage());
    }

    /**
     * The service holds its answer until the test has seen the client give up: a client that waited for the answer
     * instead of timing out would get it (after the guard below) and fail the assertion.
     */
    @Test
    void aServiceThatDoesNotAnswerTimesOut() throws Exception {
        CountDownLatch clientGaveUp = new CountDownLatch(1);
        URI base = serve(exchange -> {
            try {
                clientGaveUp.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, "text/event-stream", "data: [DONE]\n\n");
        });
        OpenAiCompatibleGenerator generator = new OpenAiCompatibleGenerator(CloudSettings.of(base, "m", "key")
                .withRetries(0, Duration.ofMillis(1)).withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5)));
        try {
            GenerationException e = assertThrows(GenerationException.class,
                    () -> generator.generate(QUESTION, TokenSink.NONE, new GenerationControl()));
            assertTrue(e.getMessage().contains("did not answer within"), e.getMessage());
        } finally {
            clientGaveUp.countDown();
            generator.close();
        }
    }

    @Test
    void withCloudOffNothingLeaves() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI base = serve(exchange -> {
            calls.incrementAndGet();
            reply(exchange, 200, "text/event-stream", "data: [DONE]\n\n");
        });
        long sentBefore = Outbound.sent(Outbound.Purpose.CLOUD);
        Outbound.allowCloud(false);
        try {
            GenerationException e = assertThrows(GenerationException.class, () -> generate(base));
            assertAll(() -> assertTrue(e.getMessage().startsWith("cloud escalation is off"), e.getMessage()),
                    () -> assertEquals(0, calls.get(), "the server saw no request"),
                    () -> assertEquals(sentBefore, Outbound.sent(Outbound.Purpose.CLOUD)));
        } finally {
            Outbound.allowCloud(true);
        }
    }

    private static String chunk(String content, String finish) {
        String reason = finish == null ? "null" : "\"" + finish + "\"";
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":"
                + reason + "}]}\n\n";
    }

    private static OpenAiCompatibleGenerator generator(URI base) {
        return new OpenAiCompatibleGenerator(CloudSettings.of(base, "test-model", "key")
                .withRetries(2, Duration.ofMillis(1)).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    private static void generate(URI base) {
        try (OpenAiCompatibleGenerator generator = generator(base)) {
            generator.generate(QUESTION, TokenSink.NONE, new GenerationControl());
        }
    }

    private URI serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", handler);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
