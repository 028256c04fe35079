package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, search, status and eval of a small real folder, keyword-only, in one home shared by the tests. */
class ZhikuCommandLineIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HIT_FIELDS =
            List.of("path", "page", "snippet", "score", "keywordScore", "vectorScore", "start", "end");

    @TempDir
    static Path temp;

    private static CliRun indexed;

    @BeforeAll
    static void indexSampleFolder() throws IOException {
        Path folder = SampleFolder.write(temp.resolve("docs"));
        indexed = CliRun.of("index", "--home", home(), "--keyword-only", folder.toString());
    }

    @Test
    void indexReportsCountsAndWhatItCouldNotRead() {
        String out = indexed.out();
        assertAll(() -> assertEquals(0, indexed.exit(), indexed.err()),
                () -> assertTrue(out.contains("Indexed 5 file(s)"), out),
                () -> assertTrue(out.contains("3 indexed, 1 failed, 1 skipped"), out),
                () -> assertTrue(problemLine(out, SampleFolder.BROKEN_PDF).startsWith("failed"), out),
                () -> assertTrue(problemLine(out, SampleFolder.BROKEN_PDF).contains("damaged or unreadable"), out),
                () -> assertTrue(problemLine(out, SampleFolder.EMPTY).startsWith("skipped"), out),
                () -> assertTrue(problemLine(out, SampleFolder.EMPTY).contains("empty file"), out));
    }

    @Test
    void chineseSearchFindsTheChineseFile() throws IOException {
        JsonNode hits = search("长城", "防御工程").path("hits");
        assertTrue(hits.size() >= 1 && hits.size() <= 3, hits.toString());
        JsonNode first = hits.get(0);
        HIT_FIELDS.forEach(f -> assertTrue(first.has(f), "hit lacks " + f + ": " + first));
        assertAll(() -> assertTrue(first.path("path").asText().endsWith(SampleFolder.CHINESE), first.toString()),
                () -> assertTrue(first.path("snippet").asText().contains("长城"), first.toString()),
                () -> assertTrue(first.path("score").asDouble() > 0, first.toString()),
                () -> assertTrue(first.path("end").asInt() > first.path("start").asInt(), first.toString()));
    }

    @Test
    void englishSearchFindsTheEnglishFiles() throws IOException {
        JsonNode plants = search("chloroplasts", "sunlight").path("hits").get(0);
        JsonNode lava = search("basalt", "lava").path("hits").get(0);
        assertAll(() -> assertTrue(plants.path("path").asText().endsWith(SampleFolder.ENGLISH), plants.toString()),
                () -> assertTrue(lava.path("path").asText().endsWith(SampleFolder.HTML), lava.toString()),
                () -> assertTrue(lava.path("keywordScore").asDouble() > 0, lava.toString()));
    }

    @Test
    void statusReportsCountsPassagesAndProblems() throws IOException {
        CliRun run = CliRun.of("status", "--home", home(), "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode status = JSON.readTree(run.out());
        JsonNode problems = status.path("problems");
        Map<String, String> reasons = new HashMap<>();
        problems.forEach(p -> reasons.put(Path.of(p.path("path").asText()).getFileName().toString(),
                p.path("status").asText() + ": " + p.path("reason").asText()));
        assertAll(() -> assertEquals(3, status.path("sources").path("indexed").asInt(), status.toString()),
                () -> assertEquals(1, status.path("sources").path("failed").asInt(), status.toString()),
                () -> assertEquals(1, status.path("sources").path("skipped").asInt(), status.toString()),
                () -> assertEquals(3, status.path("passages").asInt(), status.toString()),
                () -> assertEquals(2, problems.size(), problems.toString()),
                () -> assertTrue(reasons.get(SampleFolder.BROKEN_PDF).startsWith("failed: damaged"),
                        reasons.toString()),
                () -> assertEquals("skipped: empty file", reasons.get(SampleFolder.EMPTY), reasons.toString()));
    }

    @Test
    void evalWritesOneResultLinePerQuestion() throws IOException {
        Path questions = temp.resolve("questions.jsonl");
        Files.writeString(questions, """
                {"id":"zh-1","question":"长城的防御工程"}

                {"id":"en-1","question":"What do chloroplasts do with sunlight?","expected":["x"]}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "--home", home(), "--keyword-only", questions.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        JsonNode zh = JSON.readTree(lines.get(0));
        JsonNode en = JSON.readTree(lines.get(1));
        for (JsonNode line : List.of(zh, en)) {
            assertTrue(line.path("answer").isTextual() && line.path("abstained").isBoolean()
                    && line.path("citations").isArray(), line.toString());
        }
        assertAll(() -> assertEquals("zh-1", zh.path("id").asText()),
                () -> assertEquals("en-1", en.path("id").asText()),
                () -> assertFalse(zh.path("abstained").asBoolean(), zh.toString()),
                () -> assertTrue(firstCitation(zh).endsWith(SampleFolder.CHINESE), zh.toString()),
                () -> assertTrue(firstCitation(en).endsWith(SampleFolder.ENGLISH), en.toString()));
    }

    private static JsonNode search(String... words) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--home", home(), "--keyword-only", "--json",
                "-k", "3"));
        args.addAll(List.of(words));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        return JSON.readTree(run.out());
    }

    private static String firstCitation(JsonNode line) {
        return StreamSupport.stream(line.path("citations").spliterator(), false).findFirst()
                .map(JsonNode::asText).orElse("");
    }

    /** The problem line of {@code file} in index's output, without its indentation. */
    private static String problemLine(String out, String file) {
        return out.lines().filter(l -> l.contains(file)).findFirst().orElse("").strip();
    }

    private static String home() {
        return temp.resolve("home").toString();
    }
}
