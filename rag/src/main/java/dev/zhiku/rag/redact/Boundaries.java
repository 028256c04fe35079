package dev.zhiku.rag.redact;

/** Whether a match stands alone rather than being part of a longer ASCII word or number. */
final class Boundaries {

    private Boundaries() {
    }

    static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !isAsciiAlnum(text.charAt(start - 1)))
                && (end == text.length() || !isAsciiAlnum(text.charAt(end)));
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
