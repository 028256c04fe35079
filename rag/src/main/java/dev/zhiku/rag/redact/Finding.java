package dev.zhiku.rag.redact;

import java.util.Objects;

/** A private value found at {@code [start, end)} of the original text. */
public record Finding(Kind kind, int start, int end, String text) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for a finding of " + kind);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    static Finding of(Kind kind, String source, int start, int end) {
        return new Finding(kind, start, end, source.substring(start, end));
    }
}
