package dev.zhiku.rag.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question written in the other language, searched with it: a model that translates finds a Chinese-only
 * passage for an English question keyword search alone misses; the real engine on a generated model (which
 * writes noise) passes the same contract — the stage runs, is timed, and a reply that is no translation is dropped.
 */
class CrossLingualRewriteTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;
    private static LlamaTextGenerator generated;

    @BeforeAll
    static void setUp() throws Exception {
        kb = TestKnowledgeBases.build(dir, Map.of(
                "培训.txt", "技术部将于十月十七日在七零二会议室举办内部培训，主讲人为刘洋。",
                "notes.txt", "The team lunch is on Friday. Bring your own cup."));
        Path file = dir.resolve("tiny.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), file);
        generated = LlamaTextGenerator.load(file, new EngineSettings(2, 2048, 0, 512, true), 0);
    }

    @AfterAll
    static void tearDown() {
        generated.close();
        kb.close();
    }

    /** Translates as a good model would: a stand-in, since no real model can be downloaded here. */
    private static TextGenerator translating(String reply, AtomicReference<GenerationRequest> seen) {
        return new TextGenerator() {
            @Override
            public String id() {
                return "stand-in";
            }

            @Override
            public int contextLength() {
                return 2048;
            }

            @Override
            public int countTokens(String text) {
                return text.length();
            }

            @Override
            public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
                seen.set(request);
                return new GenerationResult(reply, GenerationResult.FinishReason.END, 20, 0, 8, 1, 2, 4, "");
            }

            @Override
            public void close() {
            }
        };
    }

    private static final String QUESTION = "Who gives the internal training, and in which meeting room?";

    private static void contract(TextGenerator model, Retrieval r) {
        assertTrue(r.rewriteMillis() >= 0, "the stage is timed: " + r);
        assertTrue(r.rewriteMillis() <= r.millis(), "and part of the retrieval time: " + r);
        assertEquals(QUESTION, r.query(), "the evidence is still chosen by the user's words");
        assertTrue(r.rewrite().isEmpty() || CrossLingualRewrite.accepted(QUESTION, r.rewrite(), Language.EN)
                .isPresent(), "only a rewrite in the other language is searched: " + r.rewrite());
    }

    @Test
    void aTranslationFindsThePassageInTheOtherLanguage() {
        AtomicReference<GenerationRequest> seen = new AtomicReference<>();
        TextGenerator model = translating("内部培训由谁主讲，在哪个会议室？", seen);
        Retrieval plain = new Retriever(kb, 10, 3).retrieve(Question.of(QUESTION));
        Retrieval rewritten = new Retriever(kb, 10, 3, new CrossLingualRewrite(model)).retrieve(Question.of(QUESTION));
        contract(model, rewritten);
        assertEquals("内部培训由谁主讲，在哪个会议室？", rewritten.rewrite());
        assertTrue(rewritten.hits().getFirst().passage().path().endsWith("培训.txt"), rewritten.hits().toString());
        assertTrue(plain.hits().isEmpty() || !plain.hits().getFirst().passage().path().endsWith("培训.txt"),
                "without the rewrite the keywords miss it: " + plain.hits());
        assertEquals(CrossLingualRewrite.MAX_TOKENS, seen.get().maxTokens());
        assertEquals(-1, plain.rewriteMillis());
    }

    @Test
    void theGeneratedModelPassesTheSameContract() {
        Retrieval r = new Retriever(kb, 10, 3, new CrossLingualRewrite(generated)).retrieve(Question.of(QUESTION));
        contract(generated, r);
    }

    @Test
    void aReplyThatIsNoTranslationIsDropped() {
        assertTrue(CrossLingualRewrite.accepted("How long is the warranty?", "保修期多长？", Language.EN).isPresent());
        assertTrue(CrossLingualRewrite.accepted("保修期多长？", "How long is the warranty?", Language.ZH).isPresent());
        assertFalse(CrossLingualRewrite.accepted("How long is the warranty?", "How long is the warranty?",
                Language.EN).isPresent(), "the question repeated");
        assertFalse(CrossLingualRewrite.accepted("How long is the warranty?", "The warranty lasts", Language.EN)
                .isPresent(), "an English reply to an English question");
        assertFalse(CrossLingualRewrite.accepted("保修期多长？", "保修期 warranty", Language.ZH).isPresent(),
                "Chinese left in an English rewrite");
        assertFalse(CrossLingualRewrite.accepted("How long?", "", Language.EN).isPresent());
        assertFalse(CrossLingualRewrite.accepted("How long?", "很".repeat(400), Language.EN).isPresent());
    }
}
