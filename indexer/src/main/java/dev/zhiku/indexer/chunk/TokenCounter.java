package dev.zhiku.indexer.chunk;

import dev.zhiku.core.text.TokenEstimate;

/** Counts tokens the way an embedding model would, so chunks fit its input. */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);

    /**
     * A fast estimate for BERT-style WordPiece vocabularies: one token per CJK character, about 1.3 per
     * Latin word, one per punctuation mark.
     */
    static TokenCounter estimating() {
        return TokenEstimate::of;
    }
}
