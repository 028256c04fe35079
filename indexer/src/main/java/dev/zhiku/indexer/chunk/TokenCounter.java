package dev.zhiku.indexer.chunk;

import dev.zhiku.core.text.Scripts;

/** Counts tokens the way an embedding model would, so chunks fit its input. */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);

    /**
     * A fast estimate for BERT-style WordPiece vocabularies: one token per CJK character, about 1.3 per
     * Latin word, one per punctuation mark.
     */
    static TokenCounter estimating() {
        return text -> {
            int tokens = 0;
            int wordChars = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) && !Scripts.isCjk(c)) {
                    wordChars++;
                    continue;
                }
                if (wordChars > 0) {
                    tokens += 1 + wordChars / 6;
                    wordChars = 0;
                }
                if (!Character.isWhitespace(c)) {
                    tokens++;
                }
            }
            if (wordChars > 0) {
                tokens += 1 + wordChars / 6;
            }
            return tokens;
        };
    }
}
