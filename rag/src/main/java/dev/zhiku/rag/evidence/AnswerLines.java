package dev.zhiku.rag.evidence;

import dev.zhiku.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the lines out of a sentence that are not statements and must never be quoted as an answer: headings
 * (the passage's own title or headings, numbered section titles, short labels such as "See Also"), captions
 * ("例 12.3 …", "Figure 2", "TIP"), and navigation ("Prev  Up  Next", "上一页 起始页 下一页"). Extracted HTML and
 * PDF text puts such lines right before the sentence they stand above, with no full stop between. What remains
 * is returned as spans with exact offsets.
 */
public final class AnswerLines {

    private static final Set<String> NAVIGATION = Set.of("prev", "previous", "next", "up", "home", "top", "contents",
            "上一页", "下一页", "起始页", "上一级", "返回", "目录", "首页");
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(\\d+(\\.\\d+)*\\.?|[A-Z]\\.\\d+(\\.\\d+)*\\.?|chapter \\d+\\.?|第\\s*[\\d一二三四五六七八九十百]+\\s*[章节部分篇])\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "^(例|图|表|注意|提示|警告|注|小心|重要|figure|fig\\.|table|example|tip|note|warning|caution|important)"
                    + "(\\s*[\\d.\\-]+)?\\s*([:：.\\s]|$).*", Pattern.CASE_INSENSITIVE);
    /** A table's caption with its number, as converters write it too (no-break spaces): "表 4.8. …", "Table 8.2. …". */
    private static final Pattern TABLE_CAPTION = Pattern.compile(
            "(?i)(?:表|table)[\\s\\u00a0]*\\d+(?:[.\\-]\\d+)*\\.?(?:[\\s\\u00a0].*)?");
    private static final Pattern MAN_HEADER = Pattern.compile("^([A-Za-z][\\w.+-]*\\(\\w+\\)).*\\1$");
    private static final Pattern CAPITALS_HEADING = Pattern.compile("^[A-Z][A-Z0-9 &/()-]{1,40}$");
    /**
     * The names reference pages give their sections, on a line of their own ("Synopsis", "Description", "选项"): the
     * PostgreSQL reference writes them in title case, which {@link #CAPITALS_HEADING} does not see.
     */
    private static final boolean SECTIONS = !Boolean.getBoolean("zhiku.evidence.sectionNamesOff");
    private static final Set<String> SECTION_NAMES = Set.of(("synopsis|description|options|parameters|arguments"
            + "|examples|example|notes|outputs|output|compatibility|see also|environment|files|diagnostics|history"
            + "|authors|author|bugs|exit status|return value|usage|overview|name|名称|大纲|概述|描述|选项|参数|示例|范例|参见"
            + "|注释|环境|环境变量|文件|作者|历史|兼容性|诊断|返回值|退出状态").split("\\|"));
    private static final int LONGEST_SECTION_NAME = SECTION_NAMES.stream().mapToInt(String::length).max().orElse(0);
    /**
     * A pointer to another place, not a statement: "参见 第 6.3 节 “…”。", "See Section 9.4.", "(For details of the
     * semantics, see Table 9.46.)".
     */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "^[\\[(（]?\\s*(?:参见|请参见|请参阅|参阅|详见|另见|又见|参看|(?:see|see also|refer to)\\b"
                    + "|for (?:more |further )?(?:details|information|a description|an explanation)\\b[^,;:]{0,80},\\s*see\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words of a cross-reference at most: a longer sentence that starts with "see" says more than where to look. */
    private static final int CROSS_REFERENCE_WORDS = 20;
    /** A list of names, "sftp(1), ssh(1), ssh-add(1)", "CREATE VIEW, ALTER VIEW, DROP VIEW": what a See Also holds. */
    private static final int LIST_ITEMS = 3;
    private static final int LIST_ITEM_WORDS = 3;
    /** A manual page named with its section: "gpasswd(8)", "login.defs(5)". */
    private static final Pattern MANUAL_PAGE = Pattern.compile("[\\w.+-]+\\(\\d\\w{0,3}\\)");
    /** An admonition's label on a line of its own ("注意", "小心", "[Warning]"): what follows is a new statement. */
    private static final Pattern ADMONITION = Pattern.compile(
            "[\\[【(（]?\\s*(?:注意|小心|警告|提示|重要|注|note|warning|caution|tip|important)\\s*[\\]】)）]?\\s*[:：]?");
    private static final int LABEL_WORDS = 3;
    private static final int NAVIGATION_LINE_WORDS = 16;
    private static final Pattern GLUED_NAVIGATION = Pattern.compile(
            "(?:prev|previous|next|上一页|下一页)\\d+(?:\\.\\d+)*\\.?[\\s\u00a0]");
    private static final int CAPTION_WORDS = 14;
    /**
     * A program's or document's legal and contact notice, not a statement about its subject: "Copyright © 2019 Free
     * Software Foundation", "License GPLv3+: …", "This is free software: …", "There is NO WARRANTY", "Report bugs to
     * …", "版权所有", "报告错误", "GNU coreutils online help: <…>", "Full documentation <…>", "请向 <…> 报告翻译错误"
     * (not who wrote it: "作者:苏轼" answers "who wrote the poem"). Every manual page ends with them, so they match any question's words.
     */
    private static final Pattern NOTICE = Pattern.compile(
            "^(?:copyright\\b|©|\\(c\\) \\d{4}|licen[cs]e (?:gpl|lgpl|bsd|mit|apache)|this is free software\\b"
                    + "|there is no warranty\\b|this program is free software\\b|this (?:program|software) comes with"
                    + "|report (?:\\w+ ){0,2}bugs (?:to|at|in)\\b|bugs? reports? (?:to|should)\\b"
                    + "|all rights reserved\\b|版权所有|报告错误|报告(?:程序)?缺陷|本程序是自由软件"
                    // the pointers every GNU manual page ends with, and their Chinese translations' credits
                    + "|(?:[\\w-]+ ){0,3}online help\\s*:|full documentation\\b|(?:or )?available locally via\\b"
                    + "|请(?:向|通过|将).{0,80}报告(?:翻译)?(?:错误|bug)|.{0,24}的在线帮助\\s*[:：]"
                    + "|翻译(?:日期|人员|者)\\s*[:：]|[《\\[]\\s*中国\\s*linux\\s*论坛\\s*man\\s*手册页翻译计划)",
            Pattern.CASE_INSENSITIVE);

    private AnswerLines() {
    }

    /**
     * The parts of {@code text[span]} worth quoting, in order (none when the sentence is only headings): leading
     * headings, captions and labels are cut off, trailing ones too, and navigation lines anywhere; lines in
     * between stay, since a table row or an option name ({@code -J destination}) carries the fact.
     */
    public static List<SentenceSplitter.Span> statements(String text, SentenceSplitter.Span span, Set<String> headings) {
        List<SentenceSplitter.Span> lines = new ArrayList<>();
        for (int start = span.start(); start < span.end(); ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl >= span.end() ? span.end() : nl + 1;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new SentenceSplitter.Span(start, end));
            }
            start = end;
        }
        List<SentenceSplitter.Span> out = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            int to = from;
            while (to < lines.size() && !isSeparator(line(text, lines.get(to)), headings)
                    && !isSectionName(text, lines, to, headings)) {
                to++;
            }
            int first = from;
            int last = to - 1;
            while (first <= last && isNonStatement(line(text, lines.get(first)), headings)) {
                first++;
            }
            while (last >= first && isNonStatement(line(text, lines.get(last)), headings)) {
                last--;
            }
            if (first <= last) {
                out.add(new SentenceSplitter.Span(lines.get(first).start(), lines.get(last).end()));
            }
            from = to + 1;
        }
        return out;
    }

    /**
     * Whether line {@code i} is a reference page's section name ({@link #SECTION_NAMES}) between its text: not when
     * a line next to it is a label too, as in a table's header row ("Name / Storage Size / Description / Range"),
     * whose cells are a fact's parts.
     */
    private static boolean isSectionName(String text, List<SentenceSplitter.Span> lines, int i, Set<String> headings) {
        String line = line(text, lines.get(i));
        if (!SECTIONS || line.length() > LONGEST_SECTION_NAME || !SECTION_NAMES.contains(normalise(line))) {
            return false;
        }
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < lines.size() && isNonStatement(line(text, lines.get(j)), headings)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a stripped line is a table's numbered caption ({@link #TABLE_CAPTION}). */
    static boolean isTableCaption(String line) {
        return TABLE_CAPTION.matcher(line).matches();
    }

    private static String line(String text, SentenceSplitter.Span span) {
        return text.substring(span.start(), span.end()).strip();
    }

    /** Title and heading path of a passage, normalised, to recognise them where they repeat in the text. */
    public static Set<String> headingsOf(String title, String headingPath) {
        Set<String> headings = new HashSet<>();
        if (!title.isBlank()) {
            headings.add(normalise(title));
        }
        for (String h : headingPath.split(" › ")) {
            if (!h.isBlank()) {
                headings.add(normalise(h));
            }
        }
        return headings;
    }

    /**
     * Whether a line is a heading, caption, label or navigation rather than a statement: a line that ends like a
     * sentence is a statement unless it repeats a heading or is navigation.
     */
    static boolean isNonStatement(String line, Set<String> headings) {
        String norm = normalise(line);
        if (headings.contains(norm) || isNavigation(norm) || isCrossReference(line, norm) || isNameList(line)
                || NOTICE.matcher(line).find()) {
            return true;
        }
        if (endsAsSentence(line)) {
            return false;
        }
        int words = words(norm);
        boolean numbered = NUMBERED_HEADING.matcher(line).matches() && words <= CAPTION_WORDS;
        // an admonition's icon is written as its alt text, "[注意]", "[Note]", before the word itself
        String unbracketed = line.replaceAll("^[\\[【(（]\\s*(.*?)\\s*[\\]】)）]$", "$1");
        boolean caption = CAPTION.matcher(unbracketed).matches() && words <= CAPTION_WORDS;
        boolean label = words <= LABEL_WORDS && !norm.matches(".*[\\d_./=@$<>].*") && !norm.startsWith("-")
                && norm.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return numbered || caption || label;
    }

    /**
     * A line that parts what comes before it from what comes after: navigation, a heading of the passage, a
     * section name in capitals ("SYNOPSIS", "SEE ALSO"), a man page's header line ("SPLIT(1) User Commands
     * SPLIT(1)") or an admonition's label ("小心", "Note") between a command and the warning that follows it.
     */
    private static boolean isSeparator(String line, Set<String> headings) {
        String norm = normalise(line);
        return isNavigation(norm) || headings.contains(norm) || MAN_HEADER.matcher(line).matches()
                || CAPITALS_HEADING.matcher(line).matches() || ADMONITION.matcher(norm).matches();
    }

    /** "参见 第 6.3 节 “…”。", "See Section 9.4.", "(For details, see Table 9.46.)": where to look, not what is so. */
    static boolean isCrossReference(String line, String norm) {
        return words(norm) <= CROSS_REFERENCE_WORDS && CROSS_REFERENCE.matcher(line.strip()).lookingAt();
    }

    /**
     * A line that only lists names, comma-separated ("sftp(1), ssh(1), ssh-add(1)", "CREATE VIEW, ALTER VIEW, DROP
     * VIEW"): a See Also section or a table of contents, never an answer. A sentence listing values ends with a full
     * stop or has longer parts ("Possible values are md5, scram-sha-256 and password.").
     */
    static boolean isNameList(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        String[] items = l.split("\\s*[,，、]\\s*");
        if (items.length < LIST_ITEMS) {
            return false;
        }
        // a See Also section ends with a full stop in some pages: "chfn(1), chsh(1), passwd(1), gpasswd(8)."
        String last = items[items.length - 1].replaceFirst("[.。]$", "");
        if (java.util.stream.Stream.concat(java.util.Arrays.stream(items, 0, items.length - 1), java.util.stream.Stream.of(last))
                .allMatch(p -> MANUAL_PAGE.matcher(p).matches())) {
            return true;
        }
        if (endsAsSentence(l)) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || words(normalise(item)) > LIST_ITEM_WORDS
                    || item.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNavigation(String norm) {
        // a footer written one link per line ("Prev11.4. NFS File Server", "Up", "Home", "Next11.6. HTTP/FTP
        // Proxy"): a navigation word alone, or a neighbour's section number glued to "Prev"/"Next"
        if (NAVIGATION.contains(norm) || GLUED_NAVIGATION.matcher(norm).lookingAt()) {
            return true;
        }
        // a page footer laid out as table cells, "pg_dump  Home  pg_isready" (the neighbours' titles around
        // Home): cells parted by a no-break space or a wide gap, one of them a navigation word
        String[] cells = norm.split("\\s*\u00a0\\s*|\\s{2,}|\\s*\u3000\\s*");
        if (cells.length >= 2 && cells.length <= 4 && words(norm) <= NAVIGATION_LINE_WORDS) {
            for (String cell : cells) {
                if (NAVIGATION.contains(cell.strip())) {
                    return true;
                }
            }
        }
        String[] tokens = norm.split("(?U)[\\s|·•»«<>/\\[\\]]+");
        int nav = 0;
        int other = 0;
        for (String t : tokens) {
            if (t.isEmpty()) {
                continue;
            }
            if (NAVIGATION.contains(t)) {
                nav++;
            } else {
                other++;
            }
        }
        return nav >= 2 && other <= nav + 4;
    }

    private static boolean endsAsSentence(String line) {
        int end = line.length();
        while (end > 1 && ")）\"”'’」』".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return ".!?。！？；;:：…".indexOf(line.charAt(end - 1)) >= 0;
    }

    private static int words(String norm) {
        int han = (int) norm.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        String latin = norm.replaceAll("\\p{IsHan}", " ").strip();
        return han / 2 + (latin.isEmpty() ? 0 : latin.split("\\s+").length);
    }

    /** Spaces folded (a no-break space kept, as it marks laid-out cells), lower case. */
    static String normalise(String s) {
        return s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
