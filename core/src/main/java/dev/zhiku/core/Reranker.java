package dev.zhiku.core;

import java.util.List;

/**
 * Scores how well each passage answers a query, reading both together (a cross-encoder), to reorder the best few
 * passages a search found. Implementations must be safe to call from several threads.
 */
public interface Reranker extends AutoCloseable {

    /** What scores: "llama-server/bge-reranker-v2-m3". */
    String id();

    /**
     * The relevance of each text to the query, in the order of {@code texts}; higher is better.
     *
     * @throws IllegalStateException when the scorer cannot be reached, with what to do
     */
    double[] scores(String query, List<String> texts);

    @Override
    void close();
}
