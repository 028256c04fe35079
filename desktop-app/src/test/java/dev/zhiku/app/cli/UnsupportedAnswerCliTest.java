package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real model that writes text citing nothing (a generated tiny GGUF with random weights, through llama.cpp) gives
 * an answer that {@code ask} marks as not supported, with the documents' own sentences offered (issue 12, item 13).
 */
class UnsupportedAnswerCliTest {

    private static final String QUESTION = "What do chloroplasts turn carbon dioxide and water into?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path home;
    private static Path model;

    @BeforeAll
    static void indexAndMakeAModel() throws Exception {
        home = temp.resolve("home");
        Path folder = SampleFolder.write(temp.resolve("docs"));
        assertEquals(0, CliRun.of("index", "--home", home.toString(), "--keyword-only", folder.toString()).exit());
        model = temp.resolve("tiny-llama.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), model);
    }

    @Test
    void anUncitedModelAnswerIsMarkedUnsupportedInJsonWithTheEvidence() throws Exception {
        CliRun run = CliRun.of("ask", "--home", home.toString(), "--json", "--model", model.toString(), QUESTION);
        assertEquals(0, run.exit(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals(0, answer.path("citations").size(), "precondition: random weights cite nothing: " + run.out());
        JsonNode evidence = answer.path("evidence");
        assertAll(() -> assertEquals("local", answer.path("route").asText(), run.out()),
                () -> assertFalse(answer.path("supported").asBoolean(true), run.out()),
                () -> assertFalse(answer.path("abstained").asBoolean(), run.out()),
                () -> assertTrue(evidence.path("answer").asText().contains("chloroplasts"), run.out()),
                () -> assertTrue(evidence.path("citations").path(0).path("path").asText()
                        .endsWith(SampleFolder.ENGLISH), run.out()));
    }

    @Test
    void anUncitedModelAnswerIsMarkedUnsupportedInText() {
        CliRun run = CliRun.of("ask", "--home", home.toString(), "--model", model.toString(), QUESTION);
        assertAll(() -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.out().contains("not supported: this answer cites none of your documents"),
                        run.out()),
                () -> assertTrue(run.out().contains("What your documents say:"), run.out()),
                () -> assertTrue(run.out().contains(SampleFolder.ENGLISH), run.out()));
    }

    @Test
    void anExtractiveAnswerIsSupported() throws Exception {
        CliRun run = CliRun.of("ask", "--home", home.toString(), "--json", "--no-llm", QUESTION);
        JsonNode answer = JSON.readTree(run.out());
        assertAll(() -> assertTrue(answer.path("supported").asBoolean(false), run.out()),
                () -> assertTrue(answer.path("evidence").isMissingNode(), run.out()));
    }
}
