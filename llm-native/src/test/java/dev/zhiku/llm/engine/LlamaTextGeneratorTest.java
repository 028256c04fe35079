package dev.zhiku.llm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult.FinishReason;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TokenSink;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real JNI path on a generated tiny llama model. */
class LlamaTextGeneratorTest {

    @TempDir
    static Path dir;
    static LlamaTextGenerator llm;

    @BeforeAll
    static void load() throws Exception {
        NativeRuntime.prepare(dir.resolve("native"));
        Path f = dir.resolve("tiny-llama.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), f);
        llm = LlamaTextGenerator.load(f, new EngineSettings(2, 1024, 0, 512, true), 0);
    }

    @AfterAll
    static void close() {
        llm.close();
    }

    static GenerationRequest ask(String question, int maxTokens) {
        return new GenerationRequest(List.of(ChatMessage.system("You answer briefly."), ChatMessage.user(question)),
                maxTokens, 0, 1, 42, List.of(), null, null);
    }

    @Test
    void streamsTokensWithTimings() {
        List<String> pieces = new ArrayList<>();
        GenerationResult r = llm.generate(ask("What is in the contract?", 24), pieces::add, new GenerationControl());
        assertFalse(pieces.isEmpty());
        assertEquals(String.join("", pieces), r.text());
        assertTrue(r.promptTokens() > 10);
        assertTrue(r.generatedTokens() > 0);
        assertTrue(r.firstTokenMillis() >= 0 && r.totalMillis() >= r.firstTokenMillis());
        assertEquals("", r.fitNote());
        assertTrue(llm.render(List.of(ChatMessage.user("hi"))).contains("<|im_start|>user\nhi<|im_end|>"));
    }

    @Test
    void maxTokensEndsWithLength() {
        GenerationResult r = llm.generate(ask("Tell me a long story.", 12), TokenSink.NONE, new GenerationControl());
        assertEquals(FinishReason.LENGTH, r.finish(), r.toString());
        assertEquals(12, r.generatedTokens());
    }

    @Test
    void stopStringEndsTheAnswerBeforeIt() {
        GenerationRequest plain = ask("Count things.", 40);
        String full = llm.generate(plain, TokenSink.NONE, new GenerationControl()).text();
        String stop = full.substring(full.length() / 2, full.length() / 2 + 2);
        StringBuilder seen = new StringBuilder();
        GenerationResult r = llm.generate(plain.withStop(List.of(stop)), seen::append, new GenerationControl());
        assertEquals(FinishReason.STOP_SEQUENCE, r.finish());
        assertEquals(full.substring(0, full.indexOf(stop)), r.text());
        assertEquals(r.text(), seen.toString());
    }

    @Test
    void jsonSchemaOutputParses() throws Exception {
        String schema = """
                {"type":"object","properties":{"ok":{"type":"boolean"},"kind":{"enum":["fact","opinion"]}},
                 "required":["ok","kind"],"additionalProperties":false}""";
        GenerationResult r = llm.generate(ask("Classify.", 200).withJsonSchema(schema).withSampling(0.8, 0.95, 7),
                TokenSink.NONE, new GenerationControl());
        JsonNode json = new ObjectMapper().readTree(r.text());
        assertTrue(json.get("ok").isBoolean(), r.text());
        assertTrue(List.of("fact", "opinion").contains(json.get("kind").asText()));
    }

    @Test
    void overflowingConversationIsFittedWithANote() {
        List<ChatMessage> turns = new ArrayList<>();
        turns.add(ChatMessage.system("You answer from the documents."));
        for (int i = 0; i < 6; i++) {
            turns.add(ChatMessage.user("Earlier question number " + i + " about the contract terms."));
            turns.add(ChatMessage.assistant("Earlier answer " + i + " about payment."));
        }
        turns.add(ChatMessage.user("the payment is due ".repeat(300) + "when?"));
        GenerationRequest req = new GenerationRequest(turns, 64, 0, 1, 1, List.of(), null, null);
        GenerationResult r = llm.generate(req, TokenSink.NONE, new GenerationControl());
        assertTrue(r.fitNote().contains("dropped the 12 oldest turns"), r.fitNote());
        assertTrue(r.fitNote().contains("shortened the longest user message"), r.fitNote());
        assertTrue(r.promptTokens() + 64 <= llm.contextLength());
    }

    @Test
    void followUpTurnReusesTheCachedPrompt() {
        GenerationRequest first = ask("First question about the files?", 16).withConversation("c1");
        GenerationResult a = llm.generate(first, TokenSink.NONE, new GenerationControl());
        List<ChatMessage> next = new ArrayList<>(first.messages());
        next.add(ChatMessage.assistant(a.text()));
        next.add(ChatMessage.user("And a follow-up?"));
        GenerationResult b = llm.generate(new GenerationRequest(next, 16, 0, 1, 42, List.of(), null, "c1"),
                TokenSink.NONE, new GenerationControl());
        assertTrue(b.cachedTokens() >= a.promptTokens(), a + " / " + b);
        assertTrue(b.cachedTokens() < b.promptTokens());
    }
}
