package dev.zhiku.app.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over a real keyword-only knowledge base, spoken to over loopback HTTP. */
class ServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = """
            {"model":"zhiku","messages":[{"role":"system","content":"Be brief."},
            {"role":"user","content":"What do chloroplasts do with sunlight?"}]%s}""";

    @TempDir
    static Path temp;

    private static ServedKnowledgeBase served;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        served = ServedKnowledgeBase.start(temp);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
        http.close();
    }

    @Test
    void listsTheModel() throws Exception {
        HttpResponse<String> response = send("GET", "/models", null, ServedKnowledgeBase.TOKEN);
        JsonNode body = JSON.readTree(response.body());
        assertAll(() -> assertEquals(200, response.statusCode(), response.body()),
                () -> assertEquals("list", body.path("object").asText(), response.body()),
                () -> assertEquals("zhiku-extractive", body.path("data").get(0).path("id").asText()));
    }

    @Test
    void answersWithTheFactAndItsSource() throws Exception {
        HttpResponse<String> response = send("POST", "/chat/completions", QUESTION.formatted(""),
                ServedKnowledgeBase.TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        String content = body.path("choices").get(0).path("message").path("content").asText();
        JsonNode citation = body.path("zhiku_citations").get(0);
        assertAll(() -> assertTrue(content.contains("chloroplasts"), content),
                () -> assertTrue(content.contains("Sources:"), content),
                () -> assertTrue(content.contains(ServedKnowledgeBase.PLANTS), content),
                () -> assertEquals("stop", body.path("choices").get(0).path("finish_reason").asText()),
                () -> assertEquals("chat.completion", body.path("object").asText()),
                () -> assertTrue(citation.path("path").asText().endsWith(ServedKnowledgeBase.PLANTS),
                        body.toString()),
                () -> assertTrue(body.path("usage").path("completion_tokens").asInt() > 0, body.toString()));
    }

    @Test
    void streamedChunksMakeUpTheSameAnswer() throws Exception {
        String whole = JSON.readTree(send("POST", "/chat/completions", QUESTION.formatted(""),
                ServedKnowledgeBase.TOKEN).body()).path("choices").get(0).path("message").path("content").asText();
        HttpResponse<String> response = send("POST", "/chat/completions",
                QUESTION.formatted(",\"stream\":true"), ServedKnowledgeBase.TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> events = response.body().lines().filter(l -> !l.isEmpty()).toList();
        assertTrue(events.stream().allMatch(l -> l.startsWith("data: ")), response.body());
        assertEquals("data: [DONE]", events.getLast(), response.body());
        StringBuilder streamed = new StringBuilder();
        List<String> finishes = new ArrayList<>();
        for (String event : events.subList(0, events.size() - 1)) {
            JsonNode choice = JSON.readTree(event.substring(6)).path("choices").get(0);
            streamed.append(choice.path("delta").path("content").asText(""));
            if (!choice.path("finish_reason").isNull()) {
                finishes.add(choice.path("finish_reason").asText());
            }
        }
        assertAll(() -> assertEquals(whole, streamed.toString()),
                () -> assertTrue(events.size() > 5, "one chunk per piece: " + events.size()),
                () -> assertEquals(List.of("stop"), finishes, response.body()));
    }

    @Test
    void maxTokensAndStopStringsCutTheAnswer() throws Exception {
        JsonNode limited = JSON.readTree(send("POST", "/chat/completions", QUESTION.formatted(",\"max_tokens\":3"),
                ServedKnowledgeBase.TOKEN).body());
        JsonNode stopped = JSON.readTree(send("POST", "/chat/completions", QUESTION.formatted(",\"stop\":[\"o\"]"),
                ServedKnowledgeBase.TOKEN).body());
        String stoppedText = stopped.path("choices").get(0).path("message").path("content").asText();
        assertAll(() -> assertEquals("length", limited.path("choices").get(0).path("finish_reason").asText()),
                () -> assertTrue(limited.path("usage").path("completion_tokens").asInt() <= 3, limited.toString()),
                () -> assertTrue(!stoppedText.contains("o"), stoppedText));
    }

    @Test
    void refusesRequestsWithoutTheToken() throws Exception {
        HttpResponse<String> none = send("POST", "/chat/completions", QUESTION.formatted(""), null);
        HttpResponse<String> wrong = send("GET", "/models", null, "not-the-token");
        assertAll(() -> assertEquals(401, none.statusCode(), none.body()),
                () -> assertEquals(401, wrong.statusCode(), wrong.body()),
                () -> assertTrue(JSON.readTree(none.body()).path("error").path("message").asText()
                        .contains("Bearer"), none.body()));
    }

    @Test
    void explainsBadRequestsUnknownPathsAndWrongMethods() throws Exception {
        HttpResponse<String> bad = send("POST", "/chat/completions", "{not json", ServedKnowledgeBase.TOKEN);
        HttpResponse<String> noUser = send("POST", "/chat/completions", "{\"messages\":[]}",
                ServedKnowledgeBase.TOKEN);
        HttpResponse<String> missing = send("GET", "/embeddings", null, ServedKnowledgeBase.TOKEN);
        HttpResponse<String> method = send("GET", "/chat/completions", null, ServedKnowledgeBase.TOKEN);
        assertAll(() -> assertEquals(400, bad.statusCode(), bad.body()),
                () -> assertTrue(error(bad).contains("not valid JSON"), bad.body()),
                () -> assertEquals(400, noUser.statusCode(), noUser.body()),
                () -> assertEquals(404, missing.statusCode(), missing.body()),
                () -> assertTrue(error(missing).contains("/v1/chat/completions"), missing.body()),
                () -> assertEquals(405, method.statusCode(), method.body()),
                () -> assertEquals("POST", method.headers().firstValue("Allow").orElse("")));
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").path("message").asText();
    }

    private static HttpResponse<String> send(String method, String path, String body, String token)
            throws IOException, InterruptedException {
        URI uri = URI.create(served.server().baseUri() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
