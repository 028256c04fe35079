package dev.zhiku.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TextGenerator} must do — the local engine, the cloud client and any fake used in other
 * modules' tests. Extend it and return the implementation under test.
 */
public abstract class TextGeneratorContract {

    /** The generator under test; it should be able to produce at least 16 tokens for a short question. */
    protected abstract TextGenerator generator();

    private static GenerationRequest question(int maxTokens) {
        return GenerationRequest.of(List.of(ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user("Tell me a short story about a cat. 讲一个关于猫的故事。"))).withMaxTokens(maxTokens);
    }

    @Test
    void streamedPiecesMakeUpTheResult() {
        StringBuilder streamed = new StringBuilder();
        GenerationResult result = generator().generate(question(16), streamed::append, new GenerationControl());
        assertEquals(streamed.toString(), result.text());
        assertTrue(result.generatedTokens() > 0, result::toString);
        assertTrue(result.promptTokens() > 0, result::toString);
        assertTrue(result.firstTokenMillis() >= 0 && result.totalMillis() >= result.firstTokenMillis(),
                result::toString);
    }

    @Test
    void tokenLimitIsRespected() {
        GenerationResult result = generator().generate(question(4), TokenSink.NONE, new GenerationControl());
        assertTrue(result.generatedTokens() <= 4, result::toString);
        assertTrue(result.finish() == GenerationResult.FinishReason.LENGTH
                || result.finish() == GenerationResult.FinishReason.END, result::toString);
    }

    @Test
    void stopEndsTheAnswerPromptlyWithoutHangingTheThread() throws Exception {
        GenerationControl control = new GenerationControl();
        List<String> pieces = new ArrayList<>();
        TokenSink sink = piece -> {
            pieces.add(piece);
            if (pieces.size() == 2) {
                control.stop();
            }
        };
        CompletableFuture<GenerationResult> future = CompletableFuture.supplyAsync(
                () -> generator().generate(question(200), sink, control));
        GenerationResult result = future.get(30, TimeUnit.SECONDS);
        assertEquals(GenerationResult.FinishReason.STOPPED, result.finish(), result::toString);
        assertTrue(result.generatedTokens() <= 4, result::toString);
    }

    @Test
    void stopStringsNeverAppearInTheAnswer() {
        GenerationRequest request = question(24).withStop(List.of("e", "猫"));
        GenerationResult result = generator().generate(request, TokenSink.NONE, new GenerationControl());
        assertFalse(result.text().contains("e") || result.text().contains("猫"), result::toString);
    }

    @Test
    void aPromptLargerThanTheContextIsFittedAndSaysSo() {
        int context = generator().contextLength();
        assertTrue(context > 0);
        String huge = "这是一段很长的文档内容。This is a long document. ".repeat(Math.max(64, context));
        GenerationRequest request = GenerationRequest.of(List.of(ChatMessage.system("Answer briefly."),
                ChatMessage.user("old question"), ChatMessage.assistant("old answer"),
                ChatMessage.user(huge + "\nWhat is this about?"))).withMaxTokens(8);
        GenerationResult result = generator().generate(request, TokenSink.NONE, new GenerationControl());
        assertFalse(result.fitNote().isEmpty(), result::toString);
        assertTrue(result.promptTokens() + 8 <= context, result::toString);
    }

    @Test
    void tokensAreCountedForChineseAndEnglish() {
        assertTrue(generator().countTokens("hello world") > 0);
        assertTrue(generator().countTokens("你好，世界") > 0);
        assertTrue(generator().countTokens("hello world hello world") > generator().countTokens("hello world"));
    }
}
