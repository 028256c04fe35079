package dev.zhiku.rag.retrieve;

import dev.zhiku.core.Hit;
import java.util.List;

/**
 * What the knowledge base returned for a question.
 *
 * @param query  the text that was searched (the question, or the question with its context)
 * @param hits   passages, best first, at most a few per source
 * @param millis time spent
 */
public record Retrieval(String query, List<Hit> hits, long millis) {

    public Retrieval {
        hits = List.copyOf(hits);
    }
}
