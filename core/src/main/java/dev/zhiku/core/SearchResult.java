package dev.zhiku.core;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param hits          best first
 * @param vectorsUsed   whether dense vectors took part (false while none are ready, or without a model)
 * @param tookMillis    time spent searching
 */
public record SearchResult(List<Hit> hits, boolean vectorsUsed, long tookMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
