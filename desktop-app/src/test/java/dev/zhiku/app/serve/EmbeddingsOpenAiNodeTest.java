package dev.zhiku.app.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.Wiring;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official OpenAI client for Node ({@code openai}, pinned in clients/openai-node/package-lock.json) embeds a
 * batch through the real server. Runs when {@code node} is on the PATH and {@code npm ci --prefix
 * clients/openai-node} has been run (.ci/run does it); otherwise skipped, saying which.
 */
class EmbeddingsOpenAiNodeTest {

    private static final Path CLIENT = Path.of("..", "clients", "openai-node").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theOpenAiNodeClientGetsVectorsOfTheModelsDimension() throws Exception {
        String node = onPath("node");
        assumeTrue(node != null, "node is not on the PATH; install Node.js to run the openai-node client check");
        assumeTrue(Files.isDirectory(CLIENT.resolve("node_modules").resolve("openai")),
                "the openai package is not installed; run: npm ci --prefix clients/openai-node");
        try (ServedKnowledgeBase served = ServedKnowledgeBase.start(temp);
             Wiring wiring = new Wiring(ZhikuHome.resolve(temp.resolve("embedding-home")),
                     IndexerSettings.defaults())) {
            EmbeddingModel model = wiring.embeddings();
            served.server().withEmbeddings(() -> model);
            ProcessBuilder builder = new ProcessBuilder(node, "embeddings.mjs").directory(CLIENT.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("ZHIKU_BASE_URL", served.server().baseUri().toString());
            builder.environment().put("ZHIKU_TOKEN", ServedKnowledgeBase.TOKEN);
            builder.environment().put("ZHIKU_MODEL", model.id());
            builder.environment().put("ZHIKU_DIMENSION", Integer.toString(model.dimension()));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not exit: " + output);
            assertEquals(0, process.exitValue(), output);
            JsonNode result = new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElse("{}"));
            float[] expected = model.embedPassages(List.of("Mimi the cat slept beside the warm stove.")).getFirst();
            assertAll(() -> assertEquals(2, result.path("vectors").asInt(), output),
                    () -> assertEquals(model.dimension(), result.path("dimension").asInt(), output),
                    () -> assertEquals(expected[0], result.path("first").get(0).asDouble(), 1e-6, output));
        }
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
