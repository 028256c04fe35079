package dev.zhiku.rag.prompt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.engine.NativeRuntime;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import dev.zhiku.rag.TestPassages;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.context.ContextAssembler;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.SentenceSelector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence budget holds in the tokens of the model that reads the prompt: the sources block PromptBuilder writes
 * (excerpts and tags) tokenizes, with a real llama.cpp tokenizer, within the budget. The generated model's
 * vocabulary splits words outside its few dozen into letters and Chinese into bytes, so a count by
 * {@link TokenEstimate} overruns it several times over (which is what an answer's prompt did before).
 */
class EvidenceBudgetTest {

    @TempDir
    static Path dir;
    static LlamaTextGenerator model;

    @BeforeAll
    static void load() throws Exception {
        NativeRuntime.prepare(dir.resolve("native"));
        Path file = dir.resolve("tiny.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), file);
        model = LlamaTextGenerator.load(file, new EngineSettings(2, 2048, 0, 512, true), 0);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static List<EvidenceSentence> evidence() {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.add(TestPassages.hit("/docs/manual-" + i + ".pdf", i + 1, "The pump warranty lasts 37 months in "
                    + "region " + i + ". Claims need the invoice and the serial number. Service visits are free "
                    + "during the warranty. 泽菲尔水泵的保修期为三十七个月，需要发票和序列号。", 2.0 - i * 0.1));
        }
        return SentenceSelector.rank("pump warranty invoice serial 保修期", hits, 8);
    }

    @Test
    void sourcesFitTheBudgetInTheModelsOwnTokens() {
        for (int budget : new int[] {150, 300, 600}) {
            Context context = new ContextAssembler(budget, model::countTokens).assemble(evidence(), 0);
            assertFalse(context.isEmpty(), "budget " + budget);
            int sent = model.countTokens(PromptBuilder.sources(context));
            assertTrue(sent <= budget, "budget " + budget + ", the sources take " + sent + " tokens");
            assertTrue(context.tokens() <= budget);
        }
    }

    @Test
    void anEstimatedBudgetOverrunsThisTokenizer() {
        Context context = new ContextAssembler(150).assemble(evidence(), 0);
        int sent = model.countTokens(PromptBuilder.sources(context));
        assertTrue(sent > 2 * 150, "the sources take " + sent + " tokens");
    }

    @Test
    void theEstimateStaysTheCountWithoutAModel() {
        Context context = new ContextAssembler(150).assemble(evidence(), 0);
        assertTrue(TokenEstimate.of(PromptBuilder.sources(context)) <= 150 + 10,
                "tags and excerpts are counted: " + TokenEstimate.of(PromptBuilder.sources(context)));
    }
}
