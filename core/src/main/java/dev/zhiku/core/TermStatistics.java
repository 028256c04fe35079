package dev.zhiku.core;

import java.util.List;

/**
 * How often the words of a text occur in the knowledge base: lets retrieval tell a question about something
 * the documents never mention from one they answer.
 *
 * @param terms    the text's words as the index analyses them, each with its passage frequency
 * @param passages passages in the index
 */
public record TermStatistics(List<Term> terms, long passages) {

    public TermStatistics {
        terms = List.copyOf(terms);
    }

    /**
     * One word of the text.
     *
     * @param text       the word as indexed (lower-cased; a Chinese word as segmented)
     * @param han        whether it is a Chinese word
     * @param passages   passages that contain it
     * @param translated for a Chinese word the dictionary translates, whether some passage has one of its English
     *                   translations (every word of it); {@code null} when that is not known (a Latin word, a word
     *                   the dictionary lacks)
     */
    public record Term(String text, boolean han, long passages, Boolean translated) {

        public Term(String text, boolean han, long passages) {
            this(text, han, passages, null);
        }

        /** Whether the word is in no passage and, known from the dictionary, neither is any translation of it. */
        public boolean absentInBothLanguages() {
            return passages == 0 && Boolean.FALSE.equals(translated);
        }
    }
}
