package dev.zhiku.app.ui.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of Markdown that answers use: paragraphs, headings, bullet and numbered lists, **bold**,
 * `code`, fenced code blocks and pipe tables. Works on unfinished text too (an open fence runs to the end), so a
 * streaming answer can be shown as it grows.
 */
public final class MarkdownParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})(?:[.)]\\s+|、\\s*)(.*)$");
    private static final Pattern TABLE_RULE =
            Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private MarkdownParser() {
    }

    public static List<MarkdownBlock> parse(String markdown) {
        List<String> lines = Arrays.asList((markdown == null ? "" : markdown).replace("\r\n", "\n").split("\n", -1));
        List<MarkdownBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                i = code(lines, i, blocks);
            } else if ((m = HEADING.matcher(line)).matches()) {
                blocks.add(new MarkdownBlock.Heading(m.group(1).length(), MarkdownSpan.parse(m.group(2))));
                i++;
            } else if (isTableStart(lines, i)) {
                i = table(lines, i, blocks);
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                i = list(lines, i, blocks);
            } else {
                i = paragraph(lines, i, blocks);
            }
        }
        return blocks;
    }

    private static int code(List<String> lines, int start, List<MarkdownBlock> blocks) {
        String language = lines.get(start).strip().substring(3).strip();
        List<String> body = new ArrayList<>();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
            body.add(lines.get(i++));
        }
        blocks.add(new MarkdownBlock.Code(language, String.join("\n", body)));
        return Math.min(i + 1, lines.size());
    }

    private static boolean isTableStart(List<String> lines, int i) {
        return lines.get(i).contains("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches();
    }

    private static int table(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<List<List<MarkdownSpan>>> rows = new ArrayList<>();
        rows.add(cells(lines.get(start)));
        int i = start + 2;
        while (i < lines.size() && lines.get(i).contains("|") && !lines.get(i).isBlank()) {
            rows.add(cells(lines.get(i++)));
        }
        blocks.add(new MarkdownBlock.Table(rows));
        return i;
    }

    private static List<List<MarkdownSpan>> cells(String row) {
        String inner = row.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        return Arrays.stream(inner.split("\\|", -1)).map(c -> MarkdownSpan.parse(c.strip())).toList();
    }

    private static int list(List<String> lines, int start, List<MarkdownBlock> blocks) {
        boolean ordered = !BULLET.matcher(lines.get(start)).matches();
        Pattern item = ordered ? NUMBERED : BULLET;
        Matcher first = item.matcher(lines.get(start));
        first.matches();
        int number = ordered ? Integer.parseInt(first.group(1)) : 1;
        List<List<MarkdownSpan>> items = new ArrayList<>();
        int i = start;
        Matcher m;
        while (i < lines.size() && (m = item.matcher(lines.get(i))).matches()) {
            StringBuilder text = new StringBuilder(m.group(ordered ? 2 : 1));
            i++;
            while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank()
                    && !BULLET.matcher(lines.get(i)).matches() && !NUMBERED.matcher(lines.get(i)).matches()) {
                text.append(' ').append(lines.get(i++).strip());
            }
            items.add(MarkdownSpan.parse(text.toString()));
        }
        blocks.add(new MarkdownBlock.ListBlock(ordered, number, items));
        return i;
    }

    private static int paragraph(List<String> lines, int start, List<MarkdownBlock> blocks) {
        List<List<MarkdownSpan>> text = new ArrayList<>();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank() && (i == start || !startsBlock(lines, i))) {
            text.add(MarkdownSpan.parse(lines.get(i++)));
        }
        blocks.add(new MarkdownBlock.Paragraph(text));
        return i;
    }

    private static boolean startsBlock(List<String> lines, int i) {
        String line = lines.get(i);
        return line.strip().startsWith("```") || HEADING.matcher(line).matches() || isTableStart(lines, i)
                || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches();
    }
}
