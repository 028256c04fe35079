package dev.zhiku.core;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param hits          best first
 * @param vectorsUsed   whether dense vectors took part (false while none are ready, or without a model)
 * @param tookMillis    time spent searching
 * @param rerankMillis  of that, time spent reordering the best hits with a {@link Reranker}, or -1 without one
 */
public record SearchResult(List<Hit> hits, boolean vectorsUsed, long tookMillis, long rerankMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public SearchResult(List<Hit> hits, boolean vectorsUsed, long tookMillis) {
        this(hits, vectorsUsed, tookMillis, -1);
    }
}
