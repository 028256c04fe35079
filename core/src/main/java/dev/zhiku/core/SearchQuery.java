package dev.zhiku.core;

import java.util.Objects;

/**
 * A search of the knowledge base.
 *
 * @param text   the user's words, any language
 * @param filter restrictions (never null; use {@link SearchFilter#none()})
 * @param k      how many passages to return, at least 1
 */
public record SearchQuery(String text, SearchFilter filter, int k) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        filter = filter == null ? SearchFilter.none() : filter;
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    public static SearchQuery of(String text, int k) {
        return new SearchQuery(text, SearchFilter.none(), k);
    }
}
