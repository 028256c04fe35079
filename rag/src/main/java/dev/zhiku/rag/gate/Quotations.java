package dev.zhiku.rag.gate;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.SearchQuery;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text the question quotes as being in the documents: a title in 《…》, or a quotation long enough to be a line of
 * a text ({@value #MIN_CJK_CHARS} or more Chinese characters, or {@value #MIN_LATIN_WORDS} or more words) in “…”,
 * "…" or 「…」. Someone who quotes a line or names a title asks about that text; when no passage holds it, the
 * documents do not have what was asked, however close the rest of the question comes ("the poem with the lines
 * “…”" where the collection has other poems by the same poet). Short quotes are left alone: they are more often
 * emphasis or a message to be written (发一条“一小时后停机”的通知) than text to be found.
 */
public final class Quotations {

    static final int MIN_CJK_CHARS = 8;
    static final int MIN_LATIN_WORDS = 5;
    /** Passages searched for a quotation: a text that holds it is among the best keyword matches of its words. */
    static final int LOOKED_AT = 20;

    private static final Pattern TITLE = Pattern.compile("《([^《》]{1,40})》");
    private static final Pattern QUOTE = Pattern.compile("“([^“”]{2,200})”|\"([^\"]{2,200})\"|「([^「」]{2,200})」");

    private Quotations() {
    }

    /** The titles and long quotations of a question, in order. */
    public static List<String> of(String question) {
        List<String> out = new ArrayList<>();
        Matcher title = TITLE.matcher(question);
        while (title.find()) {
            out.add(title.group(1).strip());
        }
        Matcher quote = QUOTE.matcher(question);
        while (quote.find()) {
            String q = (quote.group(1) != null ? quote.group(1) : quote.group(2) != null ? quote.group(2)
                    : quote.group(3)).strip();
            long cjk = q.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            long words = q.isBlank() ? 0 : q.split("\\s+").length;
            if (cjk >= MIN_CJK_CHARS || (cjk == 0 && words >= MIN_LATIN_WORDS)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The first title or quotation of the question that no passage of the knowledge base holds. */
    public static Optional<String> firstAbsent(String question, KnowledgeBase kb) {
        for (String quoted : of(question)) {
            String wanted = fold(quoted);
            if (wanted.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (Hit hit : kb.search(SearchQuery.of(quoted, LOOKED_AT)).hits()) {
                String text = hit.passage().title() + "\n" + hit.passage().headingPath() + "\n" + hit.passage().text();
                if (fold(text).contains(wanted)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return Optional.of(quoted);
            }
        }
        return Optional.empty();
    }

    /** NFKC, case folded, without spaces and punctuation: a quote matches however the document lays it out. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }
}
