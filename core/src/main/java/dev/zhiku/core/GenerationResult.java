package dev.zhiku.core;

/**
 * What a generation produced, with its timings.
 *
 * @param text             the generated text (stop strings removed)
 * @param finish           why generation ended
 * @param promptTokens     tokens of the prompt after fitting it to the context
 * @param cachedTokens     prompt tokens reused from the cache of an earlier turn
 * @param generatedTokens  tokens generated
 * @param firstTokenMillis time from the call to the first token
 * @param totalMillis      time from the call to the end
 * @param tokensPerSecond  generated tokens per second after the first token
 * @param fitNote          what the context policy did to make the prompt fit, or empty
 */
public record GenerationResult(String text, FinishReason finish, int promptTokens, int cachedTokens,
                               int generatedTokens, long firstTokenMillis, long totalMillis, double tokensPerSecond,
                               String fitNote) {

    /** Why a generation ended. */
    public enum FinishReason {
        /** The model ended its answer. */
        END,
        /** A stop string appeared. */
        STOP_SEQUENCE,
        /** The token limit was reached. */
        LENGTH,
        /** The user pressed Stop. */
        STOPPED
    }
}
