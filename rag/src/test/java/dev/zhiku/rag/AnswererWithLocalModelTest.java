package dev.zhiku.rag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Route;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mechanics of a model answer through the real JNI engine: streaming, stop, the prompt within the budget. */
class AnswererWithLocalModelTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;
    private static LlamaTextGenerator model;

    @BeforeAll
    static void setUp() throws Exception {
        kb = TestKnowledgeBases.build(dir, Map.of("pump.txt",
                "The warranty period for the Zephyr pump is 37 months. Service visits are free.",
                "水泵.txt", "泽菲尔水泵的保修期为三十七个月。"));
        Path file = dir.resolve("tiny.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), file);
        model = LlamaTextGenerator.load(file, new EngineSettings(2, 2048, 0, 512, true), 0);
    }

    @AfterAll
    static void tearDown() {
        model.close();
        kb.close();
    }

    @Test
    void theModelsAnswerStreamsAfterTheExtractiveOne() {
        AtomicInteger tokens = new AtomicInteger();
        AtomicInteger extractive = new AtomicInteger();
        RagSettings settings = new RagSettings(40, 3, 8, 450, 3, 12, 2);
        Answer a = new Answerer(kb, model, settings, q -> List.of()).ask(
                Question.of("How long is the warranty of the Zephyr pump?"), new AnswerListener() {
                    @Override
                    public void onExtractive(Answer answer) {
                        extractive.incrementAndGet();
                        assertEquals(0, tokens.get(), "the extractive answer comes first");
                    }

                    @Override
                    public void onToken(String piece) {
                        tokens.incrementAndGet();
                    }
                }, new GenerationControl()).answer();
        assertEquals(Route.LOCAL, a.route());
        assertEquals(1, extractive.get());
        assertTrue(tokens.get() > 0);
        assertTrue(a.timings().firstTokenMillis() >= a.timings().retrieveMillis(), a.timings().toString());
        assertTrue(a.timings().tokensPerSecond() > 0, a.timings().toString());
    }

    @Test
    void stopEndsTheModelsAnswerButKeepsWhatWasSaid() {
        GenerationControl control = new GenerationControl();
        AtomicInteger tokens = new AtomicInteger();
        Answer a = new Answerer(kb, model, RagSettings.defaults(), q -> List.of()).ask(
                Question.of("泽菲尔水泵的保修期是多久？"), new AnswerListener() {
                    @Override
                    public void onToken(String piece) {
                        if (tokens.incrementAndGet() == 3) {
                            control.stop();
                        }
                    }
                }, control).answer();
        assertTrue(tokens.get() <= 5, "tokens after stop: " + tokens.get());
        assertEquals(Route.LOCAL, a.route());
    }
}
