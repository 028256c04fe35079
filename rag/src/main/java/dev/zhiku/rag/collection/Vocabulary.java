package dev.zhiku.rag.collection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dictionaries of the question grammar: which words (English, case-insensitive, a trailing "s" optional) and
 * which Chinese strings belong to which category ({@code doc}, {@code type.pdf}, {@code intent.count},
 * {@code time.last_week}, ...). Read from {@code vocabulary.txt} beside this class, where each line is
 * {@code category = phrase | phrase}; a phrase ending in {@code !} matches only as written.
 */
public final class Vocabulary {

    private static final Vocabulary DEFAULT = load();

    private final Map<String, Set<String>> english = new HashMap<>();
    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> chinese = new HashMap<>();
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();
    private int longestEnglish = 1;
    private int longestChinese = 1;

    private Vocabulary() {
    }

    public static Vocabulary standard() {
        return DEFAULT;
    }

    /** Reads a vocabulary in the format of {@code vocabulary.txt}. */
    public static Vocabulary read(BufferedReader reader) throws IOException {
        Vocabulary v = new Vocabulary();
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            int eq = line.indexOf(" = ");
            if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                continue;
            }
            String category = line.substring(0, eq).strip();
            for (String phrase : line.substring(eq + 3).split("\\|")) {
                v.add(category, phrase.strip());
            }
        }
        return v;
    }

    private void add(String category, String phrase) {
        if (phrase.isEmpty()) {
            return;
        }
        phrases.computeIfAbsent(category, c -> new ArrayList<>()).add(phrase);
        if (phrase.codePoints().anyMatch(QuestionTokenizer::isHan)) {
            chinese.computeIfAbsent(phrase, p -> new TreeSet<>()).add(category);
            longestChinese = Math.max(longestChinese, phrase.length());
        } else if (phrase.endsWith("!")) {
            exact.computeIfAbsent(phrase.substring(0, phrase.length() - 1), p -> new TreeSet<>()).add(category);
        } else {
            String key = phrase.toLowerCase(Locale.ROOT);
            english.computeIfAbsent(key, p -> new TreeSet<>()).add(category);
            longestEnglish = Math.max(longestEnglish, key.split(" ").length);
        }
    }

    /** Categories of English words as written (joined by one space), or an empty set. */
    Set<String> english(String words) {
        Set<String> found = new TreeSet<>(exact.getOrDefault(words, Set.of()));
        String key = words.toLowerCase(Locale.ROOT);
        Set<String> plain = english.get(key);
        if (plain == null && key.endsWith("s") && key.length() > 3) {
            plain = english.get(key.substring(0, key.length() - 1));
            if (plain == null && key.endsWith("es")) {
                plain = english.get(key.substring(0, key.length() - 2));
            }
        }
        if (plain != null) {
            found.addAll(plain);
        }
        return found;
    }

    /** Categories of a Chinese string, or an empty set. */
    Set<String> chinese(String text) {
        return chinese.getOrDefault(text, Set.of());
    }

    int longestEnglish() {
        return longestEnglish;
    }

    int longestChinese() {
        return longestChinese;
    }

    /** The phrases of one category as written in the file (for example the words searched for a kind). */
    public List<String> phrases(String category) {
        return phrases.getOrDefault(category, List.of()).stream()
                .map(p -> p.endsWith("!") ? p.substring(0, p.length() - 1) : p).toList();
    }

    /** The values of the categories with a prefix: {@code values("type")} gives pdf, word, excel, ... */
    public List<String> values(String prefix) {
        return phrases.keySet().stream()
                .filter(c -> c.startsWith(prefix + ".") && c.indexOf('.', prefix.length() + 1) < 0)
                .map(c -> c.substring(prefix.length() + 1)).toList();
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.txt is missing beside " + Vocabulary.class.getName());
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
