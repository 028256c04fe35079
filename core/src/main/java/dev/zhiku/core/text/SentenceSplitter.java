package dev.zhiku.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with exact offsets: Chinese ends at 。！？；… (and the closing quotes after them),
 * English at . ! ? followed by white space. The spans cover the text without gaps, so joining them gives
 * the original back.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** A sentence's [start, end) offsets. */
    public record Span(int start, int end) {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (isCjkTerminal(c)) {
                end = skipClosers(text, i + 1);
            } else if ((c == '.' || c == '!' || c == '?') && isLatinEnd(text, i)) {
                end = skipClosers(text, i + 1);
            }
            if (end > 0) {
                while (end < n && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                spans.add(new Span(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < n) {
            spans.add(new Span(start, n));
        }
        return spans;
    }

    private static boolean isCjkTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…';
    }

    private static boolean isLatinEnd(String text, int i) {
        int next = i + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        // "e.g. x", "Fig. 3", "No. 5": a short lower-case or one-letter word before the dot is no sentence end.
        if (text.charAt(i) == '.') {
            int w = i - 1;
            while (w >= 0 && Character.isLetter(text.charAt(w))) {
                w--;
            }
            int wordLength = i - 1 - w;
            if (wordLength == 1 || (w >= 0 && text.charAt(w) == '.')) {
                return false;
            }
        }
        return true;
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && (isCloser(text.charAt(i)) || text.charAt(i) == '…')) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '」' || c == '』'
                || c == '）' || c == '》';
    }
}
