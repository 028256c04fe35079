package dev.zhiku.app.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a model, {@code zhiku serve} streams tokens while the model is still writing: the model below holds its
 * second half back until the test has read the first half from the HTTP stream — which can only happen when the
 * server passes tokens on live.
 */
class ServeLiveStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** Writes "Mimi sleeps" then waits for the latch, then " by the stove [1]." */
    private static final class HeldBackModel implements TextGenerator {
        final CountDownLatch firstHalfRead = new CountDownLatch(1);

        @Override
        public String id() {
            return "held-back";
        }

        @Override
        public int contextLength() {
            return 4_096;
        }

        @Override
        public int countTokens(String text) {
            return text.length() / 4 + 1;
        }

        @Override
        public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
            sink.onToken("Mimi");
            sink.onToken(" sleeps");
            try {
                if (!firstHalfRead.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the first half never reached the client");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.onToken(" by the stove");
            sink.onToken(" [1].");
            String text = "Mimi sleeps by the stove [1].";
            return new GenerationResult(text, GenerationResult.FinishReason.END, 10, 0, 4, 1, 2, 100, "");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void tokensReachTheClientWhileTheModelIsStillWriting() throws Exception {
        HeldBackModel model = new HeldBackModel();
        try (ServedKnowledgeBase served = ServedKnowledgeBase.start(temp, model, "held-back");
             HttpClient http = HttpClient.newHttpClient()) {
            String body = """
                    {"model":"held-back","stream":true,
                     "messages":[{"role":"user","content":"Where does Mimi the cat sleep every evening?"}]}""";
            HttpRequest request = HttpRequest.newBuilder(URI.create(served.server().baseUri() + "/chat/completions"))
                    .header("Authorization", "Bearer " + ServedKnowledgeBase.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            StringBuilder content = new StringBuilder();
            List<JsonNode> chunks = new ArrayList<>();
            boolean done = false;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("data: [DONE]")) {
                        done = true;
                        break;
                    }
                    if (!line.startsWith("data: ")) {
                        continue;
                    }
                    JsonNode chunk = JSON.readTree(line.substring(6));
                    chunks.add(chunk);
                    content.append(chunk.at("/choices/0/delta/content").asText(""));
                    if (content.toString().contains("sleeps")) {
                        model.firstHalfRead.countDown();
                    }
                }
            }
            JsonNode last = chunks.getLast();
            String text = content.toString();
            boolean ended = done;
            assertAll(() -> assertEquals(200, response.statusCode()),
                    () -> assertTrue(ended, "the stream ends with [DONE]"),
                    () -> assertEquals(0, model.firstHalfRead.getCount(), "the first half arrived before the rest"),
                    () -> assertTrue(text.startsWith("Mimi sleeps by the stove [1]."), text),
                    () -> assertTrue(text.contains("Sources:") && text.contains(ServedKnowledgeBase.CATS), text),
                    () -> assertEquals("stop", last.at("/choices/0/finish_reason").asText(), last.toString()),
                    () -> assertTrue(last.get("zhiku_citations").get(0).get("path").asText()
                            .endsWith(ServedKnowledgeBase.CATS), last.toString()),
                    () -> assertFalse(text.contains("\n\n\n")));
        }
    }

    @Test
    void aStopStringCutsTheLiveStreamAndStopsTheModel() {
        LiveText live = new LiveText(0, List.of("STOP"));
        String sent = live.accept("one two ST") + live.accept("OP three");
        assertAll(() -> assertEquals("one two ", sent), () -> assertEquals("stop", live.finish()),
                () -> assertEquals("", live.rest()));
        LiveText capped = new LiveText(3, List.of());
        String capSent = capped.accept("one two three four five");
        assertAll(() -> assertEquals("one two three ", capSent), () -> assertEquals("length", capped.finish()));
    }
}
