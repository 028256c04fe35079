package dev.zhiku.app.ui.source;

/**
 * One paragraph of a document's text, with the part of it to highlight.
 *
 * @param text          the paragraph's words
 * @param start         its offset in the document's text
 * @param headingPath   the headings above it, or empty
 * @param heading       whether it is itself a heading
 * @param highlightFrom start of the highlighted part within {@code text}, or -1 when nothing is highlighted
 * @param highlightTo   end of the highlighted part within {@code text}
 */
public record TextParagraph(String text, int start, String headingPath, boolean heading, int highlightFrom,
                            int highlightTo) {

    public boolean highlighted() {
        return highlightFrom >= 0 && highlightTo > highlightFrom;
    }

    /** The same paragraph with {@code [from, to)} of the document highlighted (the part inside it). */
    TextParagraph highlighting(int from, int to) {
        int a = Math.max(0, from - start);
        int b = Math.min(text.length(), to - start);
        return b > a ? new TextParagraph(text, start, headingPath, heading, a, b) : this;
    }

    public String before() {
        return highlighted() ? text.substring(0, highlightFrom) : text;
    }

    public String marked() {
        return highlighted() ? text.substring(highlightFrom, highlightTo) : "";
    }

    public String after() {
        return highlighted() ? text.substring(highlightTo) : "";
    }
}
