package dev.zhiku.rag.collection;

import java.util.regex.Pattern;

/**
 * Which files are language copies of one document: the same name in the same place except for a language tag
 * in the file name or its folder ({@code ch07.en.html} and {@code ch07.zh-cn.html}; {@code guide-en/a.pdf} and
 * {@code guide-zh/a.pdf}; {@code 报告_中文版.pdf} and {@code 报告_英文版.pdf}), in any format. Files without a tag
 * are their own document.
 */
final class LanguageCopies {

    private static final Pattern TAG = Pattern.compile("(?i)(?:[._\\-\\s(（]+"
            + "(?:en|eng|english|zh|zh[-_](?:cn|hans|hant|tw|hk)|cn|chs|cht|chinese)"
            + "|[._\\-\\s(（]*(?:中文版?|英文版?|简体|繁体))[)）]?$");

    private LanguageCopies() {
    }

    /** The document a file belongs to: its path without language tags, or the path itself when it has none. */
    static String documentKey(String path) {
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash);
        String name = p.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        int dirSlash = dir.lastIndexOf('/');
        String parent = dir.substring(dirSlash + 1);
        String stemNoTag = TAG.matcher(stem).replaceFirst("");
        String parentNoTag = TAG.matcher(parent).replaceFirst("");
        boolean tagged = !stemNoTag.equals(stem) && !stemNoTag.isEmpty()
                || !parentNoTag.equals(parent) && !parentNoTag.isEmpty();
        if (!tagged) {
            return path;
        }
        // a copy in the other language may be in another format (manpages-en/df.1.html, manpages-zh/df.1.txt)
        return dir.substring(0, dirSlash + 1) + parentNoTag + "/" + stemNoTag;
    }
}
