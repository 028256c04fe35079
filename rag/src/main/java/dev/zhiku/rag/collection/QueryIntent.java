package dev.zhiku.rag.collection;

import java.util.Locale;

/** What a question about the collection wants. */
public enum QueryIntent {
    /** how many documents match */
    COUNT,
    /** which documents match */
    LIST,
    /** which documents mention a topic, with the passages per file */
    MENTIONS,
    /** a digest of the matching (or named) documents */
    SUMMARIZE,
    /** the matching (or named) documents side by side */
    COMPARE,
    /** the most recently changed documents */
    RECENT,
    /** the largest documents */
    LARGEST,
    /** the oldest documents */
    OLDEST;

    /** The name used in JSON ({@code count}, {@code mentions}, ...). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent of a JSON name, or null. */
    public static QueryIntent ofJsonName(String name) {
        for (QueryIntent i : values()) {
            if (i.jsonName().equals(name)) {
                return i;
            }
        }
        return null;
    }
}
