package dev.zhiku.rag.gate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a question that no translation changes: identifiers and product names written with digits,
 * underscores, dots or hyphens inside, capitals after the first letter ({@code PgBouncer}, {@code TDE}), or
 * Latin words inside a Chinese question (a Chinese writer keeps {@code zram} as it is).
 */
final class IdentifierWords {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}_][\\p{IsLatin}\\p{Nd}_.\\-]*");

    /** Paths: /srv/import/orders.csv, C:\\data\\x.csv, ~/notes/a.md. */
    private static final Pattern VALUES = Pattern.compile("(?:[A-Za-z]:|~)?[\\\\/][^\\s'\"”’]+");

    private final Set<String> words;

    private final Set<String> values;

    private IdentifierWords(Set<String> words, Set<String> values) {
        this.words = words;
        this.values = values;
    }

    /** Whether an indexed word comes from a value the asker gave (a path), which says nothing about the topic. */
    boolean isValue(String indexedWord) {
        return values.stream().anyMatch(v -> v.equals(indexedWord) || v.startsWith(indexedWord));
    }

    static IdentifierWords of(String question) {
        return collect(question, false);
    }

    /**
     * Identifiers and, in an English question, the names in it: capitalised words that do not start a sentence
     * ("BrightPath", "Kubernetes"). Used when the evidence is in the question's own language, where a name the
     * documents never write means they do not hold the answer, while a plain word ("moment", "brand") may just be
     * the asker's own wording.
     */
    static IdentifierWords withNames(String question) {
        return collect(question, true);
    }

    private static IdentifierWords collect(String question, boolean names) {
        boolean chineseQuestion = question.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        // values the asker supplies (a path) say nothing about what the documents cover
        Set<String> values = new HashSet<>();
        Matcher path = VALUES.matcher(question);
        while (path.find()) {
            Matcher w = WORD.matcher(path.group());
            while (w.find()) {
                values.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        String text = VALUES.matcher(question).replaceAll(" ");
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean option = m.start() > 0 && text.charAt(m.start() - 1) == '-';
            if (chineseQuestion || option || isIdentifier(w) || names && isName(text, m.start(), w)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new IdentifierWords(words, values);
    }

    /** A capitalised word that is not the first of a sentence. */
    private static boolean isName(String text, int start, String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".?!:;\"“(".indexOf(text.charAt(i)) < 0;
    }

    /**
     * Written with digits, underscores or dots inside, or capitals after the first letter. A hyphen alone does not
     * make one ("brand-new", "read-only"); an option does ("--exclude-vcs": see where it is collected).
     */
    static boolean isIdentifier(String word) {
        String w = word.replaceAll("[.\\-]+$", "");
        if (w.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '.')) {
            return w.chars().anyMatch(Character::isLetter);
        }
        return w.length() >= 2 && w.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    /** The question without the paths the asker typed. */
    static String withoutPaths(String question) {
        return VALUES.matcher(question).replaceAll(" ");
    }

    /** The identifiers themselves, lower-cased. */
    Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    /** Whether an indexed (lower-cased, maybe stemmed) word comes from one of these words. */
    boolean covers(String indexedWord) {
        for (String w : words) {
            if (w.equals(indexedWord) || w.startsWith(indexedWord) || w.contains(indexedWord)) {
                return true;
            }
        }
        return false;
    }
}
