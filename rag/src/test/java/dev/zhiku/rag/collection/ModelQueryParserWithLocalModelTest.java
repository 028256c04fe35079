package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model-based parser on a real llama.cpp model: a generated tiny GGUF (random but seeded weights), with the
 * schema turned into a grammar by java-llama.cpp. Random weights understand nothing, so what this measures is the
 * mechanics: how often the constrained output is complete JSON, how often it validates, and that every other case
 * ends in the rules' answer. The figures are printed.
 */
class ModelQueryParserWithLocalModelTest {

    @TempDir
    static Path dir;

    @Test
    void constrainedOutputIsJsonAndEverythingElseFallsBackToTheRules() throws Exception {
        Path file = dir.resolve("tiny.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), file);
        RuleQueryParser rules = new RuleQueryParser(LabelledQuestionsTest.LABEL_CLOCK);
        List<LabelledQuestionsTest.Labelled> questions = LabelledQuestionsTest.labelled().stream()
                .filter(l -> l.expected() != null).toList();
        List<LabelledQuestionsTest.Labelled> sample = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i += 5) {
            sample.add(questions.get(i));
        }
        try (LlamaTextGenerator model = LlamaTextGenerator.load(file, new EngineSettings(2, 2048, 0, 512, true), 0)) {
            ModelQueryParser parser = new ModelQueryParser(model, rules, LabelledQuestionsTest.LABEL_CLOCK,
                    Vocabulary.standard());
            int reached = 0;
            for (LabelledQuestionsTest.Labelled l : sample) {
                Map<ModelQueryParser.Outcome, Integer> before = parser.outcomes();
                Optional<CollectionQuery> got = parser.parse(l.question());
                Map<ModelQueryParser.Outcome, Integer> after = parser.outcomes();
                boolean modelUsed = !after.get(ModelQueryParser.Outcome.VALID).equals(
                        before.get(ModelQueryParser.Outcome.VALID))
                        || !after.get(ModelQueryParser.Outcome.NOT_COLLECTION).equals(
                        before.get(ModelQueryParser.Outcome.NOT_COLLECTION));
                if (!after.equals(before)) {
                    reached++;
                }
                if (!modelUsed && !after.equals(before)) {
                    assertEquals(rules.parse(l.question()), got, "fell back to the rules: " + l.question());
                }
            }
            Map<ModelQueryParser.Outcome, Integer> o = parser.outcomes();
            int sum = o.values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(reached, sum);
            assertTrue(reached > 0, "questions with a document word reach the model");
            System.out.println("model-based parser on a random-weight tiny GGUF, " + reached + " questions: " + o
                    + "; complete JSON " + (reached - o.get(ModelQueryParser.Outcome.INVALID_JSON)
                    - o.get(ModelQueryParser.Outcome.MODEL_FAILED)) + "/" + reached);
        }
    }
}
