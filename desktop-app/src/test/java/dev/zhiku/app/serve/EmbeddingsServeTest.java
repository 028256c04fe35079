package dev.zhiku.app.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /v1/embeddings} on the real server with the knowledge base's real ONNX model, over loopback. */
class EmbeddingsServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAT = "Mimi the cat slept beside the warm stove.";
    private static final String TEA = "杭州的一家小茶馆里有一只猫。";

    @TempDir
    static Path temp;

    private static ServedKnowledgeBase served;
    private static Wiring wiring;
    private static EmbeddingModel model;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        served = ServedKnowledgeBase.start(temp);
        wiring = new Wiring(ZhikuHome.resolve(temp.resolve("embedding-home")), IndexerSettings.defaults());
        model = wiring.embeddings();
        served.server().withEmbeddings(() -> model);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
        wiring.close();
        http.close();
    }

    @Test
    void aBatchGivesTheIndexersVectorsAndRealTokenCounts() throws Exception {
        HttpResponse<String> response = post("""
                {"model":"%s","input":["%s","%s"]}""".formatted(model.id(), CAT, TEA));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        List<float[]> expected = model.embedPassages(List.of(CAT, TEA));
        OnnxEmbeddingModel onnx = (OnnxEmbeddingModel) model;
        int tokens = onnx.countTokens(CAT) + onnx.countTokens(TEA);
        assertAll(() -> assertEquals("list", body.path("object").asText()),
                () -> assertEquals(model.id(), body.path("model").asText()),
                () -> assertEquals(2, body.path("data").size()),
                () -> assertEquals("embedding", body.path("data").get(1).path("object").asText()),
                () -> assertEquals(1, body.path("data").get(1).path("index").asInt()),
                () -> assertEquals(model.dimension(), body.path("data").get(0).path("embedding").size()),
                () -> assertArrayEquals(expected.get(0), floats(body.path("data").get(0).path("embedding")), 1e-6f),
                () -> assertArrayEquals(expected.get(1), floats(body.path("data").get(1).path("embedding")), 1e-6f),
                () -> assertTrue(tokens > 10, "tokens " + tokens),
                () -> assertEquals(tokens, body.path("usage").path("prompt_tokens").asInt()),
                () -> assertEquals(tokens, body.path("usage").path("total_tokens").asInt()));
    }

    @Test
    void aStringInBase64GivesTheSameVector() throws Exception {
        HttpResponse<String> response = post("""
                {"input":"%s","encoding_format":"base64"}""".formatted(CAT));
        assertEquals(200, response.statusCode(), response.body());
        byte[] bytes = Base64.getDecoder().decode(JSON.readTree(response.body()).path("data").get(0)
                .path("embedding").asText());
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        assertArrayEquals(model.embedPassages(List.of(CAT)).getFirst(), vector, 1e-6f);
    }

    @Test
    void theModelIsListed() throws Exception {
        HttpResponse<String> response = http.send(request("/models").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("\"" + model.id() + "\""), response.body());
    }

    @Test
    void badRequestsAreRefusedWithTheirReason() throws Exception {
        assertRefused(404, "no such embedding model", "{\"model\":\"text-embedding-3-small\",\"input\":\"x\"}");
        assertRefused(400, "dimensions 256 is not offered", "{\"input\":\"x\",\"dimensions\":256}");
        assertRefused(400, "token-id input is not supported", "{\"input\":[[1,2,3]]}");
        assertRefused(400, "'input' is missing", "{}");
        assertRefused(400, "encoding_format", "{\"input\":\"x\",\"encoding_format\":\"int8\"}");
        assertRefused(400, "is empty", "{\"input\":[\"a\",\" \"]}");
        assertRefused(400, "split it", "{\"input\":\"" + "cat ".repeat(2000) + "\"}");
        assertRefused(413, "larger than", "{\"input\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
    }

    @Test
    void theTokenIsRequired() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(served.server().baseUri() + "/embeddings")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), response.body());
    }

    private static void assertRefused(int status, String reason, String body) throws Exception {
        HttpResponse<String> response = post(body);
        String message = JSON.readTree(response.body()).path("error").path("message").asText();
        assertAll(() -> assertEquals(status, response.statusCode(), response.body()),
                () -> assertTrue(message.contains(reason), message));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return http.send(request("/embeddings").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(served.server().baseUri() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ServedKnowledgeBase.TOKEN);
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}
