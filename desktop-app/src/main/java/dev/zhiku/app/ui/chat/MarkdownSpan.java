package dev.zhiku.app.ui.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of inline text with one style: plain, **bold** or `code`.
 *
 * @param text  the words
 * @param style how they look
 */
public record MarkdownSpan(String text, Style style) {

    /** Inline styles the renderer knows. */
    public enum Style { PLAIN, BOLD, CODE }

    /** Splits a line into spans; an unclosed marker stays as written. */
    public static List<MarkdownSpan> parse(String line) {
        List<MarkdownSpan> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int end;
            if (line.startsWith("**", i) && (end = line.indexOf("**", i + 2)) > i + 2) {
                flush(plain, spans);
                spans.add(new MarkdownSpan(line.substring(i + 2, end), Style.BOLD));
                i = end + 2;
            } else if (line.charAt(i) == '`' && (end = line.indexOf('`', i + 1)) > i + 1) {
                flush(plain, spans);
                spans.add(new MarkdownSpan(line.substring(i + 1, end), Style.CODE));
                i = end + 1;
            } else {
                plain.append(line.charAt(i++));
            }
        }
        flush(plain, spans);
        return spans;
    }

    private static void flush(StringBuilder plain, List<MarkdownSpan> spans) {
        if (!plain.isEmpty()) {
            spans.add(new MarkdownSpan(plain.toString(), Style.PLAIN));
            plain.setLength(0);
        }
    }
}
