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

    private static final Pattern COMMAND_NAME = Pattern.compile("(?<![\\w-])(--[A-Za-z][\\w-]*[A-Za-z\\d]"
            + "|[A-Za-z][A-Za-z\\d]*(?:[_.][A-Za-z\\d]+)*_[A-Za-z\\d]+(?:[_.][A-Za-z\\d]+)*)");

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

    /**
     * The long options and snake_case or dotted names of a question ("--clone", "pg_upgrade",
     * "pg_stat_statements.max"), lower-cased, in order; paths the asker typed left out.
     */
    /**
     * What a question gives as an example ("(for example to get zh_CN.UTF-8)", "e.g. pg_dump", "比如 zh_CN.UTF-8"): it
     * illustrates what is asked, it is not what the answer must name.
     */
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?i)\\((?:for example|for instance|e\\.g\\.|such as)[^)]*\\)"
                    + "|(?:\\b(?:for example|for instance|such as)\\b|\\be\\.g\\.)[^,;:?!()]*"
                    + "|[（(]?(?:例如|比如|譬如)[^，。？！；）)]*[）)]?");

    /** The question without the examples it gives ({@link #EXAMPLE}). */
    static String withoutExamples(String question) {
        return EXAMPLE.matcher(question).replaceAll(" ");
    }

    static Set<String> commandNames(String question) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = COMMAND_NAME.matcher(VALUES.matcher(question).replaceAll(" "));
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** An option as a command line writes it: "-maxdepth", "--color" (three letters or more). */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][A-Za-z\\d]{2,}(?:-[A-Za-z\\d]+)*)");

    /**
     * The options ("-maxdepth", "--color") and snake_case or dotted names of a question, lower-cased, in order:
     * what a question about one of them is asked of, so a fact stated of another option does not answer it.
     */
    static Set<String> optionsAndNames(String question) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = OPTION.matcher(VALUES.matcher(question).replaceAll(" "));
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        out.addAll(commandNames(question));
        return out;
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
