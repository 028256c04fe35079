package dev.zhiku.app.cli;

/**
 * Makes text from files (names, reasons) safe to print on a terminal: control characters (escape sequences, line
 * breaks, carriage returns) and the invisible direction overrides are written as {@code \\uXXXX}, so a file name
 * cannot move the cursor, recolour the screen or fake output lines.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnsafe(cp)) {
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
