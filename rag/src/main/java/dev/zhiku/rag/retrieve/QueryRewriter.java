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
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d_.-]*[\\p{IsLatin}\\d]");
    /** A capitalised word ("Samba", "PostgreSQL") or an identifier ("smb.conf", "pg_dump", "ext4"). */
    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}\\d]+\\b|\\b[\\p{L}][\\p{L}\\d]*(?:[_.][\\p{L}\\d]+)+\\b|\\b\\p{L}+\\d[\\p{L}\\d]*\\b");
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
        if (previous == null || !isFollowUp(question, previous)) {
            return question;
        }
        return previous + " " + question;
    }

    static boolean isFollowUp(String question) {
        return isFollowUp(question, "");
    }

    /**
     * A question that points back is a follow-up; so is a short one, unless it names a subject of its own that the
     * previous question did not: "Samba 的配置文件是哪个？" and "Which file configures Samba?" are new questions,
     * "And in version 13?" is not. A name is a word a Chinese question writes in Latin letters, or, in English, a
     * capitalised word after the first or an identifier ({@code smb.conf}, {@code pg_dump}).
     */
    static boolean isFollowUp(String question, String previous) {
        String q = question.strip();
        if (POINTS_BACK.matcher(q).find()) {
            return true;
        }
        long han = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long words = q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+").length;
        boolean isShort = han > 0 ? han <= SHORT_HAN : words <= SHORT_WORDS;
        return isShort && !namesItsOwnSubject(q, han > 0, previous.toLowerCase(Locale.ROOT));
    }

    private static boolean namesItsOwnSubject(String q, boolean chinese, String previous) {
        java.util.regex.Matcher m = (chinese ? LATIN_WORD : NAME).matcher(q);
        while (m.find()) {
            if (m.start() == 0 && !chinese && m.group().matches("\\p{Lu}\\p{Ll}*")) {
                continue;
            }
            if (!previous.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
