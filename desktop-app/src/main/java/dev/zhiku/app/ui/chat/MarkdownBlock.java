package dev.zhiku.app.ui.chat;

import java.util.List;

/** A block of an answer's Markdown, as {@link MarkdownParser} finds it. */
public sealed interface MarkdownBlock {

    /** Lines of text (line breaks kept, as models write them). */
    record Paragraph(List<List<MarkdownSpan>> lines) implements MarkdownBlock {
    }

    /** A {@code #} heading. */
    record Heading(int level, List<MarkdownSpan> spans) implements MarkdownBlock {
    }

    /** A bullet or numbered list; {@code start} is the first number. */
    record ListBlock(boolean ordered, int start, List<List<MarkdownSpan>> items) implements MarkdownBlock {
    }

    /** A fenced code block, shown as written. */
    record Code(String language, String code) implements MarkdownBlock {
    }

    /** A pipe table; the first row is the header. */
    record Table(List<List<List<MarkdownSpan>>> rows) implements MarkdownBlock {
    }
}
