package dev.zhiku.app.cli;

/**
 * Makes text from files (names, reasons) safe to print on a terminal: control characters (escape sequences, line
 * breaks, carriage returns) and the invisible direction overrides are written as {@code \\uXXXX}, so a file name
 * cannot move the cursor, recolour the screen or fake output lines.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** One line: every control character, line breaks too, is escaped. */
    static String safe(String text) {
        return escape(text, false);
    }

    /**
     * Prose (answers, quoted document sentences, streamed model tokens): line breaks and tabs are kept, every other
     * control character (escape sequences, carriage returns, bells) and the direction overrides are escaped.
     */
    static String prose(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (keepLines && (cp == '\n' || cp == '\t')) {
                out.append((char) cp);
            } else if (isUnsafe(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isUnsafe(int cp) {
        return Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
