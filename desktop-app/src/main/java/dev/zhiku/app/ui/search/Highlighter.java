package dev.zhiku.app.ui.search;

import dev.zhiku.core.text.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where the words of a query occur in a text. Latin-script words match case-insensitively at the start of
 * a word ("pay" marks the start of "payment"); a Chinese run matches as a whole and by its two-character pieces,
 * since the index segments Chinese that way too. Overlapping ranges are merged.
 */
public final class Highlighter {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "for", "in", "is", "it", "of",
            "on", "or", "the", "to", "was", "what", "which", "who", "with");

    private Highlighter() {
    }

    public static List<Span> spans(String text, String query) {
        List<Span> found = new ArrayList<>();
        for (String term : terms(query)) {
            boolean cjk = Scripts.isCjk(term.charAt(0));
            for (int i = 0; i + term.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, term, 0, term.length()) && (cjk || wordStart(text, i))) {
                    found.add(new Span(i, i + term.length()));
                }
            }
        }
        return merge(found);
    }

    /** The words of a query as they are matched: lower-case Latin words, Chinese runs and their bigrams. */
    static Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        Boolean runCjk = null;
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean cjk = letter && Scripts.isCjk(c);
            if (!letter || (runCjk != null && cjk != runCjk)) {
                add(terms, run.toString(), Boolean.TRUE.equals(runCjk));
                run.setLength(0);
                runCjk = null;
            }
            if (letter) {
                run.append(c);
                runCjk = cjk;
            }
        }
        return terms;
    }

    private static void add(Set<String> terms, String word, boolean cjk) {
        if (word.isEmpty()) {
            return;
        }
        if (!cjk) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(lower) && (lower.length() > 1 || Character.isDigit(lower.charAt(0)))) {
                terms.add(lower);
            }
            return;
        }
        terms.add(word);
        for (int i = 0; i + 2 <= word.length() && word.length() > 2; i++) {
            terms.add(word.substring(i, i + 2));
        }
    }

    private static boolean wordStart(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (!merged.isEmpty() && s.start() <= merged.getLast().end()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
