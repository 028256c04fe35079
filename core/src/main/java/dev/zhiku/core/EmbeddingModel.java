package dev.zhiku.core;

import java.util.List;

/**
 * Turns text into dense vectors whose dot product measures meaning similarity (vectors are L2-normalized).
 * Implementations must be safe to call from several threads.
 */
public interface EmbeddingModel extends AutoCloseable {

    /** Stable identifier; vectors of different ids are never mixed. */
    String id();

    /** Length of every vector. */
    int dimension();

    /** Embeds document passages, one vector per text, in order. */
    List<float[]> embedPassages(List<String> texts);

    /** Embeds a search query (models may add an instruction prefix). */
    float[] embedQuery(String query);

    @Override
    void close();
}
