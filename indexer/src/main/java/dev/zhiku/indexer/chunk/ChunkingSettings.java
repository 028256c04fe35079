package dev.zhiku.indexer.chunk;

/**
 * How passages are cut.
 *
 * @param targetTokens  a passage is closed once adding the next sentence would pass this size
 * @param maxTokens     no passage is larger; longer sentences are cut at word boundaries
 * @param overlapTokens the last sentence of a passage is repeated at the start of the next when at most this large
 */
public record ChunkingSettings(int targetTokens, int maxTokens, int overlapTokens) {

    public ChunkingSettings {
        if (targetTokens < 16 || maxTokens < targetTokens || overlapTokens < 0 || overlapTokens >= targetTokens) {
            throw new IllegalArgumentException("need 16 <= target <= max and 0 <= overlap < target");
        }
    }

    public static ChunkingSettings defaults() {
        return new ChunkingSettings(200, 320, 40);
    }
}
