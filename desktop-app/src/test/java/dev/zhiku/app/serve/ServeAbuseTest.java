package dev.zhiku.app.serve;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local API under abuse (issue 12, items 7 and 8): clients that never finish their headers or bodies, bodies
 * and questions far larger than an answer can use. Real sockets on loopback against the real server; no timing —
 * each check waits for an event (a worker taken, a status line, the end of a stream), and the socket timeouts only
 * keep a broken server from hanging the build.
 */
class ServeAbuseTest {

    private static final int SLOW_HEADERS = 8;
    private static final String QUESTION = """
            {"model":"zhiku","messages":[{"role":"user","content":"%s"}]}""";

    @TempDir
    static Path temp;
    private static ServedKnowledgeBase served;

    @BeforeAll
    static void start() throws IOException {
        served = ServedKnowledgeBase.start(temp);
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
    }

    @Test
    void aNormalRequestAnswersWhileSlowClientsHang() throws Exception {
        List<Socket> slowHeaders = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_HEADERS; i++) {
                Socket s = connect();
                write(s, "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + i + "\r\n");
                slowHeaders.add(s);
            }
            // every slow client holds a worker that waits for the rest of its headers
            await().atMost(Duration.ofSeconds(60)).until(() -> served.server().busyWorkers() >= SLOW_HEADERS);

            Socket slowBody = connect();
            write(slowBody, "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 100000\r\n\r\n{\"messages\":[");
            String refused = statusLine(slowBody);

            HttpResponse<String> normal = ask("What do chloroplasts do with sunlight?");

            List<String> late = new ArrayList<>();
            for (Socket s : slowHeaders) {
                write(s, "Content-Length: 0\r\n\r\n");
                late.add(statusLine(s));
            }
            assertAll(() -> assertEquals(200, normal.statusCode(), normal.body()),
                    () -> assertTrue(normal.body().contains("chloroplasts"), normal.body()),
                    () -> assertTrue(normal.body().contains("\"zhiku_supported\":true"), normal.body()),
                    () -> assertTrue(refused.contains(" 401 "), "no token, body unsent: " + refused),
                    () -> assertTrue(late.stream().allMatch(l -> l.contains(" 401 ")),
                            "the slow clients were still connected and then told off: " + late));
            slowBody.close();
        } finally {
            for (Socket s : slowHeaders) {
                s.close();
            }
        }
    }

    @Test
    void aQuestionLargerThanTheContextCanUseIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> huge = ask("photosynthesis ".repeat(20_000));
        HttpResponse<String> normal = ask("What do chloroplasts do with sunlight?");
        assertAll(() -> assertEquals(413, huge.statusCode(), huge.body()),
                () -> assertTrue(huge.body().contains("tokens"), huge.body()),
                () -> assertTrue(huge.body().contains("invalid_request_error"), huge.body()),
                () -> assertEquals(200, normal.statusCode(), normal.body()));
    }

    @Test
    void anEarlierMessageLargerThanTheContextCanUseIsRefused() throws Exception {
        String body = """
                {"messages":[{"role":"user","content":"%s"},{"role":"assistant","content":"ok"},
                {"role":"user","content":"What do chloroplasts do?"}]}""".formatted("sunlight ".repeat(20_000));
        HttpResponse<String> response = post(body);
        assertAll(() -> assertEquals(413, response.statusCode(), response.body()),
                () -> assertTrue(response.body().contains("an earlier message"), response.body()));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItArrives() throws Exception {
        try (Socket s = connect()) {
            write(s, "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ServedKnowledgeBase.TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 50000000"
                    + "\r\n\r\n{\"messages\":[");
            String status = statusLine(s);
            String rest = body(s);
            assertAll(() -> assertTrue(status.contains(" 413 "), status),
                    () -> assertTrue(rest.contains("larger than 1 MB"), rest));
        }
    }

    /**
     * A client that sends a too-large body whole reads the refusal, and its connection stays usable — which holds
     * only when every byte of the body was read (before the answer, {@link RequestLimits#body}, or after it, the
     * JDK's drain).
     */
    @Test
    void aTooLargeBodyThatArrivesIsReadBeforeTheRefusal() throws Exception {
        int size = 2 * 1024 * 1024;
        try (Socket s = connect()) {
            write(s, "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ServedKnowledgeBase.TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: " + size
                    + "\r\n\r\n" + "x".repeat(size));
            String status = statusLine(s);
            String refusal = body(s);
            write(s, "GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + ServedKnowledgeBase.TOKEN + "\r\n\r\n");
            String next = statusLine(s);
            assertAll(() -> assertTrue(status.contains(" 413 "), status),
                    () -> assertTrue(refusal.contains("larger than 1 MB"), refusal),
                    () -> assertTrue(next.contains(" 200 "), "the same connection answers next: " + next));
        }
    }

    private static Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), served.server().baseUri().getPort());
        s.setSoTimeout(60_000);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The response's first line (blocks until the server answers). */
    private static String statusLine(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    /** The response's body after its status line: headers up to the blank line, then Content-Length bytes. */
    private static String body(Socket s) throws IOException {
        int length = 0;
        for (String header = statusLine(s); !header.isEmpty(); header = statusLine(s)) {
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
            }
        }
        return new String(s.getInputStream().readNBytes(length), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> ask(String question) throws Exception {
        return post(QUESTION.formatted(question));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(served.server().baseUri() + "/chat/completions"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ServedKnowledgeBase.TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
