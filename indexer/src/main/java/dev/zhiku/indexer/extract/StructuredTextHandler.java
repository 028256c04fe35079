package dev.zhiku.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link TextBlock}s: paragraphs, headings (with the path of headings above),
 * PDF pages, slides and sheets. Text beyond the shared {@link TextBudget} is dropped.
 */
final class StructuredTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "li", "tr", "div", "blockquote", "pre", "dd", "dt",
            "table", "section", "article", "ul", "ol", "header", "footer", "caption", "title");
    /** Blocks that end a row even inside a cell: a table nested in a cell has rows of its own. */
    private static final Set<String> CELL_BREAKS = Set.of("tr", "table");
    /**
     * A cell holding more text than this, or more blocks than {@link #CELL_BLOCKS} (start and end tags), lays out a
     * page (a mail or an old site in one big cell) rather than holding a value: its paragraphs stay paragraphs.
     */
    private static final int CELL_CHARS = 300;
    private static final int CELL_BLOCKS = 8;
    private static final Set<String> IGNORED = Set.of("head", "script", "style", "template", "noscript");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final TextBudget budget;
    private final boolean markdown;
    private final boolean spreadsheet;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final String[] headings = new String[6];
    private final StringBuilder buffer = new StringBuilder();
    private int ignoredDepth;
    /** Depth inside an element a browser would not show (and everything nested in it). */
    private int hiddenDepth;
    private int headingLevel;
    /** Depth inside table cells ({@code td}, {@code th}), and inside {@code pre}. */
    private int cellDepth;
    private int preDepth;
    /** Of the innermost cell: characters and block tags so far, and whether it is a layout cell. */
    private int cellChars;
    private int cellBlocks;
    private boolean layoutCell;
    private int page;
    private String pageLabel = "";
    private boolean pageLabelled;

    StructuredTextHandler(TextBudget budget, boolean markdown, boolean spreadsheet) {
        this.budget = budget;
        this.markdown = markdown;
        this.spreadsheet = spreadsheet;
    }

    List<TextBlock> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName(localName, qName);
        if (hiddenDepth > 0 || HiddenMarkup.hides(atts)) {
            hiddenDepth++;
            return;
        }
        if (IGNORED.contains(name)) {
            ignoredDepth++;
            return;
        }
        String cssClass = atts.getValue("class");
        if ("div".equals(name) && ("page".equals(cssClass) || "slide-content".equals(cssClass))) {
            flush();
            page++;
            pageLabel = "";
            pageLabelled = false;
            if ("slide-content".equals(cssClass)) {
                java.util.Arrays.fill(headings, null);
            }
            return;
        }
        int level = headingLevel(name);
        if (level == 1 && spreadsheet) {
            // Tika writes each sheet as <h1>name</h1><table>, without a page div: the sheet is the page.
            flush();
            page++;
            pageLabel = "";
            pageLabelled = false;
            headingLevel = level;
        } else if (level > 0) {
            flush();
            headingLevel = level;
        } else if (inValueCell(name)) {
            // a paragraph inside a cell (as word processors write every cell) is part of the row's line
            buffer.append(' ');
        } else if (BLOCKS.contains(name)) {
            flush();
        } else if ("br".equals(name)) {
            buffer.append('\n');
        } else if ("td".equals(name) || "th".equals(name)) {
            cellDepth++;
            cellChars = 0;
            cellBlocks = 0;
            layoutCell = false;
            if (!buffer.isEmpty()) {
                buffer.append(" \t ");
            }
        }
        if ("pre".equals(name)) {
            preDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (hiddenDepth > 0) {
            hiddenDepth--;
            return;
        }
        String name = localName(localName, qName);
        if (IGNORED.contains(name)) {
            ignoredDepth = Math.max(0, ignoredDepth - 1);
            return;
        }
        if (("td".equals(name) || "th".equals(name)) && cellDepth > 0) {
            cellDepth--;
        } else if ("pre".equals(name) && preDepth > 0) {
            preDepth--;
        }
        int level = headingLevel(name);
        if (level > 0 && headingLevel == level) {
            String text = normalise(buffer);
            buffer.setLength(0);
            headingLevel = 0;
            addHeading(level, text);
        } else if (inValueCell(name)) {
            buffer.append(' ');
        } else if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (ignoredDepth > 0 || hiddenDepth > 0) {
            return;
        }
        int granted = budget.take(length);
        cellChars += cellDepth > 0 ? granted : 0;
        if (granted > 0 && cellDepth > 0 && preDepth == 0 && !layoutCell) {
            // the line breaks of a page's source inside a cell ("<td>\n  <a …>\n<code>fail2ban</code></a>\n</td>")
            // are layout, not paragraphs: kept, they cut a table's row into one paragraph per cell, and the row's
            // name and description became separate lines (a <br> still breaks the line)
            for (int i = start; i < start + granted; i++) {
                char c = ch[i];
                buffer.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        } else if (granted > 0) {
            buffer.append(ch, start, granted);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void addHeading(int level, String text) {
        if (text.isEmpty()) {
            return;
        }
        headings[level - 1] = text;
        for (int i = level; i < headings.length; i++) {
            headings[i] = null;
        }
        if (page > 0 && !pageLabelled) {
            pageLabel = text;
            pageLabelled = true;
        }
        blocks.add(new TextBlock(text, page, pageLabel, headingPath(), true));
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        String raw = buffer.toString();
        buffer.setLength(0);
        if (headingLevel > 0) {
            addHeading(headingLevel, normalise(raw));
            headingLevel = 0;
            return;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(raw)) {
            if (markdown) {
                addMarkdown(paragraph);
            } else {
                addParagraph(paragraph);
            }
        }
    }

    private void addMarkdown(String paragraph) {
        StringBuilder pending = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            Matcher m = MARKDOWN_HEADING.matcher(line.strip());
            if (m.matches()) {
                addParagraph(pending.toString());
                pending.setLength(0);
                addHeading(m.group(1).length(), normalise(m.group(2)));
            } else {
                pending.append(line).append('\n');
            }
        }
        addParagraph(pending.toString());
    }

    private void addParagraph(String raw) {
        String text = normalise(raw);
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(text, page, pageLabel, headingPath(), false));
        }
    }

    private String headingPath() {
        StringBuilder path = new StringBuilder();
        for (String h : headings) {
            if (h != null) {
                if (!path.isEmpty()) {
                    path.append(" › ");
                }
                path.append(h);
            }
        }
        return path.toString();
    }

    /**
     * Whether a block tag is inside a cell that holds a value (a row's part), not a page's layout: then it adds a
     * space instead of ending the paragraph. A cell found to be layout stays so to its end.
     */
    private boolean inValueCell(String name) {
        if (cellDepth == 0 || !BLOCKS.contains(name) || CELL_BREAKS.contains(name) || layoutCell) {
            return false;
        }
        if (cellChars > CELL_CHARS || ++cellBlocks > CELL_BLOCKS) {
            layoutCell = true;
            return false;
        }
        return true;
    }

    private static String normalise(CharSequence raw) {
        return SPACES.matcher(raw).replaceAll(" ").strip();
    }

    private static int headingLevel(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    private static String localName(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }
}
