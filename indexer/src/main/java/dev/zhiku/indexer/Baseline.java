package dev.zhiku.indexer;

import java.util.Locale;

/** The anchors Zhiku's retrieval is measured against, on the same index build ({@code zhiku eval --baseline}). */
public enum Baseline {
    /** One {@code StandardAnalyzer} field over each passage's whole text, plain BM25, no vectors. */
    BM25,
    /** The embedding vectors alone (nearest neighbours of the question's vector), no keyword search. */
    VECTOR;

    /** Parses {@code bm25} or {@code vector}; fails with the names that are accepted. */
    public static Baseline parse(String name) {
        for (Baseline b : values()) {
            if (b.name().equalsIgnoreCase(name.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown baseline \"" + name + "\": use bm25 or vector");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
