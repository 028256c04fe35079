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

    private final Set<String> words;

    private IdentifierWords(Set<String> words) {
        this.words = words;
    }

    static IdentifierWords of(String question) {
        boolean chineseQuestion = question.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String w = m.group();
            if (chineseQuestion || isIdentifier(w)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new IdentifierWords(words);
    }

    static boolean isIdentifier(String word) {
        String w = word.replaceAll("[.\\-]+$", "");
        if (w.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '.' || c == '-')) {
            return w.chars().anyMatch(Character::isLetter);
        }
        return w.length() >= 2 && w.substring(1).chars().anyMatch(Character::isUpperCase);
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
