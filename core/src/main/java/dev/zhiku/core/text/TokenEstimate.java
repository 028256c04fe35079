package dev.zhiku.core.text;

/**
 * A fast token count for BERT-style WordPiece and LLM vocabularies alike: one token per CJK character, about
 * one per six letters of a Latin word (at least one), one per punctuation mark.
 */
public final class TokenEstimate {

    private TokenEstimate() {
    }

    public static int of(CharSequence text) {
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
    }
}
