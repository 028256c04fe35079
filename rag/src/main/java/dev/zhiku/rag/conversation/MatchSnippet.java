package dev.zhiku.rag.conversation;

/** Cuts the words around a case-insensitive match out of a text, for search results. */
final class MatchSnippet {

    private static final int BEFORE = 20;
    private static final int AFTER = 60;

    private MatchSnippet() {
    }

    /** Where {@code needle} first occurs in {@code text}, ignoring case, or -1. */
    static int indexOfIgnoreCase(String text, String needle) {
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The match with some context, on one line, marked with "…" where the text was cut. */
    static String around(String text, String needle) {
        int at = Math.max(0, indexOfIgnoreCase(text, needle));
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(text.length(), at + needle.length() + AFTER);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String cut = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + cut + (end < text.length() ? "…" : "");
    }
}
