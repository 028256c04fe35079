package dev.zhiku.core;

import java.util.List;

/**
 * A passage found by a search, with the evidence for it.
 *
 * @param passage      the passage
 * @param score        the fused score used for ranking (higher is better)
 * @param keywordScore BM25 score, or 0 when the keyword search did not find it
 * @param vectorScore  cosine similarity of the embeddings, or 0 when the vector search did not find it
 * @param alsoIn       other files (display paths) that hold the same passage, folded into this hit
 */
public record Hit(Passage passage, double score, double keywordScore, double vectorScore, List<String> alsoIn) {

    public Hit {
        alsoIn = List.copyOf(alsoIn);
    }

    public Hit(Passage passage, double score, double keywordScore, double vectorScore) {
        this(passage, score, keywordScore, vectorScore, List.of());
    }

    /** This hit, standing also for the same passage in {@code others}. */
    public Hit withAlsoIn(List<String> others) {
        return new Hit(passage, score, keywordScore, vectorScore, others);
    }
}
