package dev.zhiku.rag.gate;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.evidence.Names;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people, places and works an English question names together ("Su Shi's poem that compares West Lake to
 * Xi Shi") must be named together somewhere: a text about all of them is one passage that holds all their
 * names. When each is in the documents but never one passage names them all, what the question describes is
 * not there (a poem by one poet mentioning a beauty only another poet wrote of), however close each name brings
 * the passages found.
 *
 * <p>Names the asker sets side by side ("Li Bai and Du Fu", "the difference between …") ask for two texts and
 * are left alone. Only names of two or more words count (a one-word "Tang" or "Song" is an era as often as a name), and only
 * those the documents hold in English or as the bilingual dictionary writes them in Chinese: a name written
 * some other way there ("West Lake" as 西湖, which the dictionary only has word by word) cannot be looked for,
 * and is left out.
 */
public final class NamesTogether {

    /** Passages searched for a name, or for all of them: a passage that holds them is among their best matches. */
    static final int LOOKED_AT = 20;
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\b|\\bdiffer(?:s|ence|ences)?\\b");

    private NamesTogether() {
    }

    /** The reason to refuse when the question's names are in the documents but never in one passage. */
    public static Optional<String> apart(String question, KnowledgeBase kb, Language language) {
        List<String> names = Names.in(question).stream().filter(n -> n.indexOf(' ') > 0).distinct().toList();
        if (names.size() < 2 || setSideBySide(question, names)) {
            return Optional.empty();
        }
        List<String> shown = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (String name : names) {
            for (String form : Names.writtenForms(name)) {
                if (anyHolds(kb, form, List.of(form))) {
                    forms.add(form);
                    shown.add(form.equals(name.toLowerCase(Locale.ROOT)) ? name : name + " (" + form + ")");
                    break;
                }
            }
        }
        if (forms.size() < 2 || anyHolds(kb, String.join(" ", forms), forms)) {
            return Optional.empty();
        }
        String listed = language == Language.ZH ? String.join("、", shown)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
        return Optional.of(language == Language.ZH ? "你的文档提到了" + listed + "，但没有一处同时提到它们。"
                : "Your documents mention " + listed + ", but no passage names them together.");
    }

    /**
     * Whether the asker sets two of the names side by side ("Li Bai and Du Fu", "Li Bai's poem or Du Fu's",
     * "between …", "how do … differ"):
     * a comparison or a list, which two separate texts answer.
     */
    static boolean setSideBySide(String question, List<String> names) {
        if (BETWEEN.matcher(question).find()) {
            return true;
        }
        String q = question.replaceAll("['’]s\\b", "");
        for (String a : names) {
            for (String b : names) {
                // a word or two may stand between: "Su Shi's poem or Du Fu's", "Su Shi and the poet Du Fu"
                if (!a.equals(b) && Pattern.compile(Pattern.quote(a) + "(?:\\s+[\\p{L}-]+){0,2}\\s*(?:,|&|/|\\band\\b"
                        + "|\\bor\\b|\\bvs\\b\\.?|\\bversus\\b|\\bnor\\b)(?:\\s+[\\p{L}-]+){0,2}\\s*"
                        + Pattern.quote(b)).matcher(q).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the best matches of a query holds all the given (lower-case) forms. */
    private static boolean anyHolds(KnowledgeBase kb, String query, List<String> forms) {
        for (Hit hit : kb.search(SearchQuery.of(query, LOOKED_AT)).hits()) {
            String text = Normalizer.normalize(hit.passage().title() + "\n" + hit.passage().headingPath() + "\n"
                    + hit.passage().text(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (forms.stream().allMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }
}
