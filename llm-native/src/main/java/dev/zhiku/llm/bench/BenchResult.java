package dev.zhiku.llm.bench;

/**
 * Figures of one benchmark run.
 *
 * @param model                  model name
 * @param threads                threads used
 * @param loadMillis             time to load the model
 * @param promptTokens           tokens of the long prompt
 * @param promptTokensPerSecond  prompt processing speed on the long prompt (prompt tokens / time to first token)
 * @param decodeTokensPerSecond  decode speed over {@code decodeTokens} new tokens, as seen from Java
 * @param decodeTokens           tokens generated in the decode run
 * @param firstTokenMillis512    time to first token for a ~512-token prompt
 * @param followUpFirstTokenMillis time to first token of a follow-up turn of that conversation
 * @param followUpCachedTokens   prompt tokens of the follow-up reused from the cache
 * @param peakRssBytes           peak resident memory of the process (VmHWM)
 */
public record BenchResult(String model, int threads, long loadMillis, int promptTokens, double promptTokensPerSecond,
                          double decodeTokensPerSecond, int decodeTokens, long firstTokenMillis512,
                          long followUpFirstTokenMillis, int followUpCachedTokens, long peakRssBytes) {
}
