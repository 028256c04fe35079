package dev.zhiku.core;

/**
 * A passage found by a search, with the evidence for it.
 *
 * @param passage      the passage
 * @param score        the fused score used for ranking (higher is better)
 * @param keywordScore BM25 score, or 0 when the keyword search did not find it
 * @param vectorScore  cosine similarity of the embeddings, or 0 when the vector search did not find it
 */
public record Hit(Passage passage, double score, double keywordScore, double vectorScore) {
}
