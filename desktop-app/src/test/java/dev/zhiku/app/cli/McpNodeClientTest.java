package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party MCP client, the official TypeScript SDK ({@code @modelcontextprotocol/sdk}, pinned in
 * clients/mcp-node/package-lock.json), starts {@code zhiku mcp} over stdio on a small real index (Tika, Lucene,
 * H2), lists its tools and gets a cited passage from {@code search_documents}. Runs when {@code node} is on the
 * PATH and {@code npm ci --prefix clients/mcp-node} has been run (.ci/run does it); otherwise skipped, saying which.
 */
class McpNodeClientTest {

    private static final Path CLIENT = Path.of("..", "clients", "mcp-node").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theTypeScriptSdkListsTheToolsAndGetsACitedPassage() throws Exception {
        String node = onPath("node");
        assumeTrue(node != null, "node is not on the PATH; install Node.js to run the mcp-node client check");
        assumeTrue(Files.isDirectory(CLIENT.resolve("node_modules").resolve("@modelcontextprotocol").resolve("sdk")),
                "the @modelcontextprotocol/sdk package is not installed; run: npm ci --prefix clients/mcp-node");
        Path home = temp.resolve("home");
        Path open = SampleFolder.write(temp.resolve("open"));
        CliRun index = CliRun.of("index", "--home", home.toString(), "--keyword-only", open.toString());
        assertEquals(0, index.exit(), index.err());

        List<String> server = ChildZhiku.command(temp.resolve("logs"), "mcp", "--home", home.toString());
        Path stderr = temp.resolve("node-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(node, "mcp-search.mjs").directory(CLIENT.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("ZHIKU_MCP_COMMAND", new ObjectMapper().writeValueAsString(server));
        builder.environment().put("ZHIKU_QUERY", "chloroplasts photosynthesis");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        String diagnostics = output + "\n--- stderr of node and zhiku mcp ---\n"
                + Files.readString(stderr, StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "node did not exit: " + diagnostics);
        assertEquals(0, process.exitValue(), diagnostics);

        JsonNode summary = new ObjectMapper().readTree(output.strip().lines().reduce((a, b) -> b).orElse("{}"));
        List<String> tools = new ArrayList<>();
        summary.path("tools").forEach(t -> tools.add(t.asText()));
        String firstPath = summary.path("firstPath").asText("");
        assertAll(() -> assertTrue(tools.contains("search_documents"), diagnostics),
                () -> assertTrue(summary.path("passages").asInt() >= 1, diagnostics),
                () -> assertTrue(!firstPath.isEmpty() && Files.exists(Path.of(firstPath)), diagnostics),
                () -> assertEquals(open.resolve(SampleFolder.ENGLISH).toRealPath(),
                        firstPath.isEmpty() ? null : Path.of(firstPath).toRealPath(), diagnostics),
                () -> assertTrue(summary.path("firstText").asText().contains(SampleFolder.ENGLISH), diagnostics));
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
