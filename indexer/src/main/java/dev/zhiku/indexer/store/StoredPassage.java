package dev.zhiku.indexer.store;

import dev.zhiku.core.Passage;

/**
 * A passage as kept in the index.
 *
 * @param passage   the passage
 * @param chunkHash hash of the text that is embedded (keys the embedding cache)
 * @param vector    its embedding, or null while it is not computed yet
 */
public record StoredPassage(Passage passage, String chunkHash, float[] vector) {

    public StoredPassage withVector(float[] newVector) {
        return new StoredPassage(passage, chunkHash, newVector);
    }
}
