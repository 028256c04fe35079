package dev.zhiku.rag.gate;

import dev.zhiku.rag.Language;
import dev.zhiku.rag.evidence.EnglishWords;
import dev.zhiku.rag.evidence.EvidenceSentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a question lists ("CVS、.svn、.hg 这些都算在内吗？", "does it read .gitignore, .hgignore or .bzrignore?")
 * ask about those very things: when not one of them is in the passages an answer would quote, what was found is
 * about the topic around them (the option that excludes version-control directories), not about them, and a
 * quoted answer would only seem to say yes. Each listed word counts only if it is a name: any Latin word in a
 * Chinese question, and in an English one a word written as an identifier (a dot, digit, underscore or capital
 * inside) or one word that is not everyday English ("per-user" is English words joined).
 */
final class ListedNames {

    private static final String NAME = "\\.?[\\p{IsLatin}\\p{Nd}][\\p{IsLatin}\\p{Nd}_.+\\-]*";
    /** Two or more names with a list's separators between them. */
    private static final Pattern LIST = Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}_.\\-])" + NAME
            + "(?:\\s*(?:[、,，/]|\\band\\b|\\bor\\b|和|或|及|与)\\s*(?:\\band\\b|\\bor\\b)?\\s*" + NAME + ")+");
    private static final Pattern ONE = Pattern.compile(NAME);
    private static final Pattern IDENTIFIER = Pattern.compile("^\\.|[\\d_.]|.\\p{Lu}");

    private ListedNames() {
    }

    /**
     * The reason to refuse when the question lists two or more names and none of them is in the passages of the
     * first {@code looked} sentences; empty to go on.
     */
    static Optional<String> unquoted(String question, List<EvidenceSentence> ranked, int looked, Language language) {
        List<String> names = in(question);
        if (names.size() < 2) {
            return Optional.empty();
        }
        for (EvidenceSentence s : ranked.subList(0, Math.min(looked, ranked.size()))) {
            String text = Normalizer.normalize(s.hit().passage().text(), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(n -> holds(text, n))) {
                return Optional.empty();
            }
        }
        return Optional.of(language == Language.ZH
                ? "找到的段落都没有提到" + String.join("、", names) + "。"
                : "None of the passages found mentions " + String.join(", ", names.subList(0, names.size() - 1))
                        + " or " + names.getLast() + ".");
    }

    /** The names of the question's lists, as written, each once. */
    static List<String> in(String question) {
        boolean chinese = question.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        Set<String> out = new LinkedHashSet<>();
        Matcher list = LIST.matcher(Normalizer.normalize(question, Normalizer.Form.NFKC));
        while (list.find()) {
            List<String> items = new ArrayList<>();
            int listed = 0;
            Matcher one = ONE.matcher(list.group());
            while (one.find()) {
                String word = one.group().replaceAll("[.\\-]+$", "");
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.equals("and") || lower.equals("or")) {
                    continue;
                }
                listed++;
                // "per-user and per-group" are words of English joined, not names
                if (chinese || IDENTIFIER.matcher(word).find() || word.indexOf('-') < 0 && !EnglishWords.contains(lower)) {
                    items.add(word);
                }
            }
            // a list is of names only when all its items are: "ext4, xfs and btrfs", not "size, colour and ext4"
            if (items.size() >= 2 && items.size() == listed) {
                out.addAll(items);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the text holds the name as a word of its own: ".hg" is not in ".hgignore", nor "cvs" in ".cvsignore". */
    static boolean holds(String lowerText, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lowerText.indexOf(n, from);
            if (at < 0) {
                return false;
            }
            int end = at + n.length();
            boolean before = at == 0 || !isWordChar(lowerText.charAt(at - 1)) || n.startsWith(".");
            boolean after = end == lowerText.length() || !isWordChar(lowerText.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
