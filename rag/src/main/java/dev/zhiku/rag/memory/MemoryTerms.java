package dev.zhiku.rag.memory;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words by which a memory and a question are compared: Latin letter-or-digit runs of at least three
 * characters (lower-cased, a plural "s" dropped, a few function words left out) and every pair of adjacent
 * Han characters. "我的车牌号是沪A12345" gives {我的, 的车, 车牌, 牌号, 号是, 是沪, a12345}.
 */
final class MemoryTerms {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "that", "this", "what", "when",
            "where", "which", "who", "whom", "how", "why", "are", "was", "were", "for", "with", "from", "you",
            "your", "have", "has", "had", "does", "did", "into", "about", "remember", "please", "can", "will");

    private MemoryTerms() {
    }

    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLatinOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                addWord(terms, word);
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (previousHan >= 0) {
                    terms.add(new StringBuilder().appendCodePoint(previousHan).appendCodePoint(cp).toString());
                }
                previousHan = cp;
            } else {
                previousHan = -1;
            }
        }
        addWord(terms, word);
        return terms;
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    private static void addWord(Set<String> terms, StringBuilder word) {
        String w = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (w.length() < 3 || FUNCTION_WORDS.contains(w)) {
            return;
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        terms.add(w);
    }
}
