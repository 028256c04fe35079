package dev.zhiku.rag.retrieve;

import dev.zhiku.core.Hit;
import java.util.List;

/**
 * What the knowledge base returned for a question.
 *
 * @param query  the text that was searched (the question, or the question with its context)
 * @param hits   passages, best first, at most a few per source
 * @param millis time spent
 * @param rerankMillis of that, reordering the best passages with a reranker, or -1 without one
 */
public record Retrieval(String query, List<Hit> hits, long millis, long rerankMillis) {

    public Retrieval {
        hits = List.copyOf(hits);
    }

    public Retrieval(String query, List<Hit> hits, long millis) {
        this(query, hits, millis, -1);
    }
}
