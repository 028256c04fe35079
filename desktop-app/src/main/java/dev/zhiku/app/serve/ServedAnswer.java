package dev.zhiku.app.serve;

import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.text.Scripts;
import dev.zhiku.core.text.TokenEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An answer as the server sends it: the text with a "Sources:" list appended, cut at the first stop string and
 * at {@code max_tokens} (counted with {@link TokenEstimate}), split into the pieces a stream sends.
 *
 * @param pieces           the content, piece by piece (a word, a CJK character or a mark, with following spaces)
 * @param finishReason     {@code "stop"} when the answer ended or met a stop string, {@code "length"} when cut
 * @param completionTokens estimated tokens of the content
 * @param citations        the answer's sources
 */
record ServedAnswer(List<String> pieces, String finishReason, int completionTokens, List<Citation> citations) {

    static ServedAnswer of(Answer answer, int maxTokens, List<String> stop) {
        String full = withSources(answer);
        int cut = full.length();
        for (String s : stop) {
            int at = full.indexOf(s);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        List<String> pieces = new ArrayList<>();
        int tokens = 0;
        String finish = "stop";
        for (String piece : split(full.substring(0, cut))) {
            int t = TokenEstimate.of(piece);
            if (maxTokens > 0 && tokens + t > maxTokens) {
                finish = "length";
                break;
            }
            pieces.add(piece);
            tokens += t;
        }
        return new ServedAnswer(List.copyOf(pieces), finish, tokens, answer.citations());
    }

    String content() {
        return String.join("", pieces);
    }

    static String withSources(Answer answer) {
        return answer.citations().isEmpty() ? answer.text() : answer.text().strip() + sources(answer.citations());
    }

    /** The "Sources:" list that follows an answer's text (with its blank line), or empty when none was cited. */
    static String sources(List<Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\nSources:");
        for (Citation c : citations) {
            text.append(String.format(Locale.ROOT, "%n[%d] %s", c.number(), c.displayPath()));
            if (c.page() > 0) {
                text.append(", page ").append(c.page());
            }
        }
        return text.toString();
    }

    /** Pieces of about one token each: a word, a CJK character or another mark, each with the spaces after it. */
    static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (isWordChar(text.charAt(i))) {
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            pieces.add(text.substring(start, i));
        }
        return pieces;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Scripts.isCjk(c);
    }
}
