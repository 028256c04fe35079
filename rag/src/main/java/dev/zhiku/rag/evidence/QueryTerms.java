package dev.zhiku.rag.evidence;

import dev.zhiku.core.text.FunctionWords;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text for matching questions to sentences: Latin words (lower-cased, stop words
 * dropped, plural and verb endings stripped) and Chinese character bigrams (single characters for one-character
 * runs).
 */
public final class QueryTerms {

    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{Nd}_][\\p{IsLatin}\\p{Nd}_.\\-]*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private QueryTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher latin = LATIN.matcher(text.toLowerCase(Locale.ROOT));
        while (latin.find()) {
            String w = trimPunctuation(latin.group());
            if (w.length() >= 2 && !FunctionWords.isEnglish(w)) {
                terms.add(stem(w));
            }
            if (w.indexOf('-') > 0 || w.indexOf('.') > 0) {
                // "human-numeric-sort" of "--human-numeric-sort" is also about "sort"
                for (String part : w.split("[-.]+")) {
                    if (part.length() >= 3 && !FunctionWords.isEnglish(part)) {
                        terms.add(stem(part));
                    }
                }
            }
        }
        Matcher han = HAN.matcher(text);
        while (han.find()) {
            String run = han.group();
            if (run.length() == 1) {
                terms.add(run);
            }
            for (int i = 0; i + 2 <= run.length(); i++) {
                terms.add(run.substring(i, i + 2));
            }
        }
        return terms;
    }

    private static String trimPunctuation(String w) {
        int end = w.length();
        while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '-')) {
            end--;
        }
        return w.substring(0, end);
    }

    /** Whether a lower-case word is a function or question word that says nothing about the topic. */
    public static boolean isStopWord(String word) {
        return FunctionWords.isEnglish(word);
    }

    static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4 && !w.endsWith("ss")) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
