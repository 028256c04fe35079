package dev.zhiku.rag.collection;

import java.util.Set;

/**
 * One token of a question.
 *
 * @param kind       what it is
 * @param text       the text as written (for {@link Kind#QUOTED}: inside the quotes)
 * @param start      offset in the question
 * @param end        offset after it
 * @param categories the vocabulary categories it belongs to (empty for unknown words)
 * @param number     the value of a {@link Kind#NUMBER}, otherwise 0
 */
public record QuestionToken(Kind kind, String text, int start, int end, Set<String> categories, int number) {

    /** Kinds of tokens. */
    public enum Kind {
        /** a Latin word or words (one token when the vocabulary knows the phrase) */
        WORD,
        /** digits or a Chinese numeral */
        NUMBER,
        /** a date written as yyyy-mm-dd, {@link #text()} holds it */
        DATE,
        /** a Chinese word of the vocabulary, or a run of Chinese characters it does not know */
        HAN,
        /** text in quotes or book-title marks */
        QUOTED,
        /** something that looks like a file name ({@code report.pdf}, {@code quarterly-report}) */
        FILENAME,
        /** punctuation */
        PUNCT
    }

    public QuestionToken {
        categories = Set.copyOf(categories);
    }

    public boolean is(String category) {
        return categories.contains(category);
    }

    /** Whether some category starts with the prefix ({@code "type."}). */
    public boolean isAny(String prefix) {
        return categories.stream().anyMatch(c -> c.startsWith(prefix));
    }

    /** The value after the prefix of the first category with that prefix ({@code "type."} → {@code "pdf"}). */
    public String value(String prefix) {
        return categories.stream().filter(c -> c.startsWith(prefix)).map(c -> c.substring(prefix.length()))
                .sorted().findFirst().orElse(null);
    }

    /** Whether it names documents: a generic document word, a file type or a kind of document. */
    public boolean isDocumentWord() {
        return is("doc") || isAny("type.") || isAny("kind.");
    }
}
