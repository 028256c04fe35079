package dev.zhiku.app.ui.source;

import dev.zhiku.core.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's extracted text as paragraphs, rebuilt from its indexed passages so that the passages' offsets
 * (the ones citations carry) point into it: passages overlap by a sentence, and a gap of two or more characters
 * between them is where the extractor separated two blocks with a blank line. Paragraphs longer than
 * {@link #MAX_PARAGRAPH} characters are cut at a space, so no list row grows unbounded.
 *
 * @param paragraphs the paragraphs in document order
 * @param length     the length of the document's text
 */
public record DocumentText(List<TextParagraph> paragraphs, int length) {

    static final int MAX_PARAGRAPH = 4_000;
    private static final String BLANK_LINE = "\n\n";

    public DocumentText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The text of {@code passages} (of one source, in document order). */
    public static DocumentText of(List<Passage> passages) {
        Builder builder = new Builder();
        int covered = 0;
        for (Passage p : passages) {
            if (p.endOffset() <= covered) {
                continue;
            }
            int gap = p.startOffset() - covered;
            if (gap >= BLANK_LINE.length()) {
                builder.flush();
            } else if (gap > 0) {
                builder.space(gap);
            }
            int skip = Math.min(p.text().length(), Math.max(0, covered - p.startOffset()));
            builder.append(p.text().substring(skip), p.startOffset() + skip, p.headingPath());
            covered = Math.max(covered, p.endOffset());
        }
        builder.flush();
        return new DocumentText(builder.paragraphs(), covered);
    }

    /**
     * The text of extracted blocks (joined by a blank line, as the indexer joins them), each block a paragraph
     * that keeps whether it is a heading and the headings above it.
     */
    public static DocumentText ofBlocks(List<dev.zhiku.indexer.extract.TextBlock> blocks) {
        Builder builder = new Builder();
        int offset = 0;
        for (dev.zhiku.indexer.extract.TextBlock block : blocks) {
            builder.block(block.text(), offset, block.headingPath(), block.heading());
            offset += block.text().length() + BLANK_LINE.length();
        }
        return new DocumentText(builder.paragraphs(), Math.max(0, offset - BLANK_LINE.length()));
    }

    /** A plain text as it is (blank lines separate paragraphs): for files the index does not hold. */
    public static DocumentText ofPlain(String text) {
        Builder builder = new Builder();
        builder.append(text.replace("\r\n", "\n"), 0, "");
        builder.flush();
        return new DocumentText(builder.paragraphs(), text.length());
    }

    /** The index of the paragraph holding offset {@code offset} (or the last one before it), or -1. */
    public int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The paragraphs with {@code [from, to)} of the document highlighted, and the first one touched (or -1). */
    public Highlighted highlight(int from, int to) {
        int first = paragraphAt(from);
        if (first < 0 || to <= from) {
            return new Highlighted(paragraphs, -1);
        }
        List<TextParagraph> marked = new ArrayList<>(paragraphs);
        for (int i = first; i < marked.size() && marked.get(i).start() < to; i++) {
            marked.set(i, marked.get(i).highlighting(from, to));
        }
        return new Highlighted(marked, first);
    }

    /** Where {@code words} first occur in one paragraph at or after offset {@code from}: {start, end}, or null. */
    public int[] find(String words, int from) {
        String wanted = words == null ? "" : words.strip();
        if (wanted.isEmpty()) {
            return null;
        }
        for (int i = Math.max(0, paragraphAt(Math.max(0, from))); i < paragraphs.size(); i++) {
            TextParagraph p = paragraphs.get(i);
            int at = p.text().indexOf(wanted);
            if (at >= 0) {
                return new int[] {p.start() + at, p.start() + at + wanted.length()};
            }
        }
        return null;
    }

    /**
     * Paragraphs with a highlight.
     *
     * @param paragraphs all paragraphs, some highlighted
     * @param first      the index of the first highlighted one, or -1
     */
    public record Highlighted(List<TextParagraph> paragraphs, int first) {

        public Highlighted {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Collects paragraphs: text is appended with its offset, a blank line or a flush ends a paragraph. */
    private static final class Builder {

        private final List<TextParagraph> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int start = -1;
        private String heading = "";

        void append(String text, int offset, String headingPath) {
            int i = 0;
            while (i < text.length()) {
                int blank = text.indexOf(BLANK_LINE, i);
                int end = blank < 0 ? text.length() : blank;
                if (end > i) {
                    if (start < 0) {
                        start = offset + i;
                        heading = headingPath == null ? "" : headingPath;
                    }
                    current.append(text, i, end);
                    cutLong();
                }
                if (blank < 0) {
                    return;
                }
                flush();
                i = blank + BLANK_LINE.length();
            }
        }

        /** One block as its own paragraph(s), marked as a heading by the extractor rather than guessed. */
        void block(String text, int offset, String headingPath, boolean isHeading) {
            flush();
            if (text.isEmpty()) {
                return;
            }
            start = offset;
            heading = headingPath == null ? "" : headingPath;
            current.append(text);
            cutLong();
            if (!current.isEmpty()) {
                out.add(new TextParagraph(current.toString(), start, heading, isHeading, -1, -1));
            }
            current.setLength(0);
            start = -1;
        }

        void space(int count) {
            if (start >= 0) {
                current.append(" ".repeat(count));
            }
        }

        void flush() {
            if (!current.isEmpty()) {
                add(current.toString());
            }
            current.setLength(0);
            start = -1;
        }

        List<TextParagraph> paragraphs() {
            return out;
        }

        private void cutLong() {
            while (current.length() > MAX_PARAGRAPH) {
                int cut = current.lastIndexOf(" ", MAX_PARAGRAPH);
                cut = cut <= MAX_PARAGRAPH / 2 ? MAX_PARAGRAPH : cut + 1;
                add(current.substring(0, cut));
                current.delete(0, cut);
                start += cut;
            }
        }

        private void add(String text) {
            int sep = heading.lastIndexOf(" › ");
            String last = (sep < 0 ? heading : heading.substring(sep + 3)).strip();
            boolean isHeading = !last.isEmpty() && text.strip().equals(last);
            out.add(new TextParagraph(text, start, heading, isHeading, -1, -1));
        }
    }
}
