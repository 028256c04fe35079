package dev.zhiku.app.ui.search;

import java.util.List;

/**
 * The part of a passage shown in a result, with the ranges to emphasise.
 *
 * @param text       the excerpt, whitespace flattened, with "…" where it was cut
 * @param highlights where the query's words occur in {@code text}
 */
public record Snippet(String text, List<Span> highlights) {

    private static final int BEFORE = 60;

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** An excerpt of at most {@code max} characters that starts a little before the first match. */
    public static Snippet of(String passage, String query, int max) {
        String flat = passage.replaceAll("\\s+", " ").strip();
        List<Span> all = Highlighter.spans(flat, query);
        int start = all.isEmpty() ? 0 : Math.max(0, all.getFirst().start() - BEFORE);
        int end = Math.min(flat.length(), start + max);
        String text = (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
        return new Snippet(text, Highlighter.spans(text, query));
    }
}
