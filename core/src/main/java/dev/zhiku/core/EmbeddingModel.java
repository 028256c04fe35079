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

    /**
     * Embeds passages someone is waiting for (the sentences an answer may quote, compared with the question): the
     * same vectors as {@link #embedPassages}, but a model on this PC may spread the texts over the cores, which
     * indexing must not. By default the same as {@link #embedPassages}.
     */
    default List<float[]> embedPassagesAtOnce(List<String> texts) {
        return embedPassages(texts);
    }

    /** Embeds a search query (models may add an instruction prefix). */
    float[] embedQuery(String query);

    @Override
    void close();
}
