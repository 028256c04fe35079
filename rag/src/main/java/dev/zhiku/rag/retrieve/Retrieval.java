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
 * @param rewrite      the question in the other language, searched with it ({@link CrossLingualRewrite}), or empty
 * @param rewriteMillis of {@code millis}, writing that rewrite, or -1 without one
 */
public record Retrieval(String query, List<Hit> hits, long millis, long rerankMillis, String rewrite,
                        long rewriteMillis) {

    public Retrieval {
        hits = List.copyOf(hits);
        rewrite = rewrite == null ? "" : rewrite;
    }

    public Retrieval(String query, List<Hit> hits, long millis, long rerankMillis) {
        this(query, hits, millis, rerankMillis, "", -1);
    }

    public Retrieval(String query, List<Hit> hits, long millis) {
        this(query, hits, millis, -1);
    }
}
