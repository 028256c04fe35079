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

    @Test
    void theEvidenceInThePromptFitsTheBudgetInTheModelsTokens() throws Exception {
        StringBuilder manual = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            manual.append("The Zephyr pump warranty covers part ").append(i).append(" for 37 months after purchase. ");
        }
        java.util.concurrent.atomic.AtomicReference<dev.zhiku.core.GenerationRequest> sent =
                new java.util.concurrent.atomic.AtomicReference<>();
        dev.zhiku.core.TextGenerator recording = new dev.zhiku.core.TextGenerator() {
            @Override
            public String id() {
                return model.id();
            }

            @Override
            public int contextLength() {
                return model.contextLength();
            }

            @Override
            public int countTokens(String text) {
                return model.countTokens(text);
            }

            @Override
            public dev.zhiku.core.GenerationResult generate(dev.zhiku.core.GenerationRequest request,
                                                            dev.zhiku.core.TokenSink sink, GenerationControl control) {
                sent.set(request);
                return model.generate(request, sink, control);
            }

            @Override
            public void close() {
            }
        };
        int budget = 150;
        LocalKnowledgeBase manuals = TestKnowledgeBases.build(dir.resolve("manuals"), Map.of("manual.txt",
                manual.toString()));
        new Answerer(manuals, recording, new RagSettings(40, 3, 8, budget, 3, 4, 2), q -> List.of()).ask(
                Question.of("How long is the warranty of the Zephyr pump?"), AnswerListener.NONE,
                new GenerationControl());
        String user = sent.get().messages().getLast().content();
        String sources = user.substring(0, user.lastIndexOf("\nQuestion: "));
        assertTrue(sources.contains("<source id=\"1\""), user);
        assertTrue(model.countTokens(sources) <= budget, model.countTokens(sources) + " tokens: " + sources);
        // this tokenizer counts more than the estimate does, so a budget counted by the estimate would overrun it
        assertTrue(model.countTokens(sources) > dev.zhiku.core.text.TokenEstimate.of(sources), sources);
        manuals.close();
    }
}
