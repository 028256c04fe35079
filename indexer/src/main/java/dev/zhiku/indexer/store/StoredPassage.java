package dev.zhiku.indexer.store;

import dev.zhiku.core.Passage;
import java.util.Map;

/**
 * A passage as kept in the index.
 *
 * @param passage      the passage
 * @param chunkHash    hash of the text that is embedded (keys the embedding cache)
 * @param vector       its embedding in the field being worked on, or null while it is not computed yet
 * @param otherVectors its vectors of other models, by field ({@link VectorFields}), kept when the passage is
 *                     written again
 */
public record StoredPassage(Passage passage, String chunkHash, float[] vector, Map<String, float[]> otherVectors) {

    public StoredPassage {
        otherVectors = otherVectors == null ? Map.of() : Map.copyOf(otherVectors);
    }

    public StoredPassage(Passage passage, String chunkHash, float[] vector) {
        this(passage, chunkHash, vector, Map.of());
    }

    public StoredPassage withVector(float[] newVector) {
        return new StoredPassage(passage, chunkHash, newVector, otherVectors);
    }
}
