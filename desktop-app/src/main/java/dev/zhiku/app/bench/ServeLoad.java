package dev.zhiku.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drives {@code POST /v1/chat/completions} of a local server with client threads that each send one question after
 * another, every other one streamed, until a deadline; requests in flight then finish and are counted. Requests go
 * through {@link Outbound} with {@link Outbound.Purpose#LOOPBACK}. A request fails when it cannot be sent, times
 * out, gets a status other than 200, or gets a body that is not a complete answer.
 */
final class ServeLoad {

    /** What the clients measured; latencies of successful requests only. */
    record Result(long[] plainNanos, long[] streamedNanos, int errors, int withSources, double seconds,
                  String firstError) {

        int requests() {
            return plainNanos.length + streamedNanos.length + errors;
        }

        long[] allNanos() {
            long[] all = Arrays.copyOf(plainNanos, plainNanos.length + streamedNanos.length);
            System.arraycopy(streamedNanos, 0, all, plainNanos.length, streamedNanos.length);
            return all;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String DONE = "data: [DONE]";

    private final ObjectMapper json = new ObjectMapper();
    private final URI completions;
    private final String token;
    private final String model;
    private final List<String> questions;

    ServeLoad(URI baseUri, String token, String model, List<String> questions) {
        this.completions = URI.create(baseUri + "/chat/completions");
        this.token = token;
        this.model = model;
        this.questions = List.copyOf(questions);
    }

    /** Sends {@code requests} questions one after another, half of them streamed, and forgets the figures. */
    Result warmUp(int requests) throws InterruptedException {
        try (HttpClient http = client()) {
            Tally tally = new Tally();
            for (int i = 0; i < requests; i++) {
                tally.record(this, http, questions.get(i % questions.size()), i % 2 == 1);
            }
            return tally.result(0);
        }
    }

    Result run(int clients, Duration duration) throws InterruptedException {
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (HttpClient http = client()) {
            for (int c = 0; c < clients; c++) {
                Tally tally = new Tally();
                tallies.add(tally);
                int first = c * questions.size() / clients;
                threads.add(Thread.ofPlatform().name("zhiku-bench-client-" + (c + 1)).start(() -> {
                    for (int n = 0; System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); n++) {
                        tally.record(this, http, questions.get((first + n) % questions.size()), n % 2 == 1);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Tally.merge(tallies, seconds);
    }

    private HttpClient client() {
        return Outbound.client(Duration.ofSeconds(5), HttpClient.Builder.NO_PROXY, false);
    }

    /** Sends one question; true when the answer cites sources. Throws when the request failed. */
    private boolean ask(HttpClient http, String question, boolean stream) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("model", model).put("stream", stream);
        body.putArray("messages").addObject().put("role", "user").put("content", question);
        HttpRequest request = HttpRequest.newBuilder(completions).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        HttpResponse<String> response = Outbound.send(Outbound.Purpose.LOOPBACK, http, request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode() + ": " + firstLine(response.body()));
        }
        return stream ? streamedCites(response.body()) : plainCites(response.body());
    }

    private boolean plainCites(String body) throws IOException {
        JsonNode answer = json.readTree(body);
        if (answer.path("choices").path(0).path("message").path("content").asText().isBlank()) {
            throw new IOException("an answer without content: " + firstLine(body));
        }
        return !answer.path("zhiku_citations").isEmpty();
    }

    private static boolean streamedCites(String body) throws IOException {
        if (!body.strip().endsWith(DONE)) {
            throw new IOException("a stream that does not end with '" + DONE + "'");
        }
        return body.contains("\"zhiku_citations\":[{");
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** One client's figures; only its own thread writes them. */
    private static final class Tally {
        private long[] plain = new long[256];
        private long[] streamed = new long[256];
        private int plainCount;
        private int streamedCount;
        private int errors;
        private int withSources;
        private String firstError;

        void record(ServeLoad load, HttpClient http, String question, boolean stream) {
            long t0 = System.nanoTime();
            try {
                boolean cites = load.ask(http, question, stream);
                long nanos = System.nanoTime() - t0;
                if (stream) {
                    streamed = grow(streamed, streamedCount);
                    streamed[streamedCount++] = nanos;
                } else {
                    plain = grow(plain, plainCount);
                    plain[plainCount++] = nanos;
                }
                withSources += cites ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                errors++;
                firstError = firstError == null ? e.toString() : firstError;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Result result(double seconds) {
            return new Result(Arrays.copyOf(plain, plainCount), Arrays.copyOf(streamed, streamedCount), errors,
                    withSources, seconds, firstError);
        }

        static Result merge(List<Tally> tallies, double seconds) {
            long[] plain = new long[0];
            long[] streamed = new long[0];
            int errors = 0;
            int withSources = 0;
            String firstError = null;
            for (Tally t : tallies) {
                plain = concat(plain, t.plain, t.plainCount);
                streamed = concat(streamed, t.streamed, t.streamedCount);
                errors += t.errors;
                withSources += t.withSources;
                firstError = firstError == null ? t.firstError : firstError;
            }
            return new Result(plain, streamed, errors, withSources, seconds, firstError);
        }

        private static long[] grow(long[] a, int used) {
            return used < a.length ? a : Arrays.copyOf(a, a.length * 2);
        }

        private static long[] concat(long[] a, long[] b, int bCount) {
            long[] joined = Arrays.copyOf(a, a.length + bCount);
            System.arraycopy(b, 0, joined, a.length, bCount);
            return joined;
        }
    }
}
