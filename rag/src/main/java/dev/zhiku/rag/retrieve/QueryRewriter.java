package dev.zhiku.rag.retrieve;

import dev.zhiku.core.ChatMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question searchable on its own: "and for Windows?" or "它的默认值呢？" mean little without the
 * question before. A short question, or one that points back ("it", "that", "这个", "它"), is searched together
 * with the previous question.
 */
public final class QueryRewriter {

    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?i)\\b(it|its|that|this|those|these|they|them|there|same|above|previous|what about|and for|how about)\\b"
                    + "|它|它们|这个|那个|这些|那些|上面|上述|刚才|前面|同样|呢[？?]?$");
    private static final int SHORT_WORDS = 6;
    private static final int SHORT_HAN = 10;

    private QueryRewriter() {
    }

    public static String searchText(String question, List<ChatMessage> history) {
        String previous = null;
        for (int i = history.size() - 1; i >= 0 && previous == null; i--) {
            if (history.get(i).role() == ChatMessage.Role.USER) {
                previous = history.get(i).content();
            }
        }
        if (previous == null || !isFollowUp(question)) {
            return question;
        }
        return previous + " " + question;
    }

    static boolean isFollowUp(String question) {
        String q = question.strip();
        long han = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long words = q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+").length;
        boolean isShort = han > 0 ? han <= SHORT_HAN : words <= SHORT_WORDS;
        return isShort || POINTS_BACK.matcher(q).find();
    }
}
