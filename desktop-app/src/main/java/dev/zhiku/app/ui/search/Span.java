package dev.zhiku.app.ui.search;

/** A range of characters to emphasise, {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
