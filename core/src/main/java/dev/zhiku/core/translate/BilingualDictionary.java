package dev.zhiku.core.translate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Word-by-word translation between English and Chinese for searching across the language line: the words of an
 * English question in Chinese ("lone" → 孤 孤单, "snow" → 雪 下雪 …), the words of a Chinese question in English
 * (开机 → start engine boot). Built from CC-CEDICT ({@code zh-en.NOTICE.txt}; {@code core/src/build/
 * make-dictionary.py} makes the file). It gives candidates, several per word and some of them wrong: the index
 * keeps those its documents use, and a keyword search among the other language's passages weighs them.
 *
 * <p>Kept as two sorted arrays of lines (about 10 MB), loaded on the first search across the language line.
 */
public final class BilingualDictionary {

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z'-]*");


    private final String[] english;
    private final String[] chinese;

    private BilingualDictionary(String[] english, String[] chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The dictionary shipped with Zhiku (read on first use). */
    public static BilingualDictionary standard() {
        return Shipped.DICTIONARY;
    }

    /** Holds the shipped dictionary; the class is loaded, and the file read, on the first call of standard(). */
    private static final class Shipped {
        static final BilingualDictionary DICTIONARY = read();
    }

    private static boolean isFunctionWord(String w) {
        return dev.zhiku.core.text.FunctionWords.isEnglish(w) || w.equals("after") || w.equals("before")
                || w.equals("while");
    }

    /**
     * Chinese candidates for the content words of an English text, per word or two-word phrase ("old man" is
     * looked up before "old" and "man"), in the order of the text.
     */
    public List<List<String>> chineseFor(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            // "Du Fu's poem": the name is "du fu"
            words.add(m.group().replaceAll("'s$", ""));
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && !isFunctionWord(words.get(i)) && !isFunctionWord(words.get(i + 1))) {
                List<String> phrase = lookUp(english, words.get(i) + " " + words.get(i + 1));
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                    i++;
                    continue;
                }
            }
            String w = words.get(i);
            if (isFunctionWord(w) || w.length() < 3) {
                continue;
            }
            Set<String> found = new LinkedHashSet<>();
            for (String form : forms(w)) {
                found.addAll(lookUp(english, form));
            }
            if (!found.isEmpty()) {
                out.add(List.copyOf(found));
            }
        }
        return out;
    }

    /** English candidates for Chinese words (as a segmenter cut them), per word. */
    public List<List<String>> englishFor(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        for (String w : words) {
            List<String> found = lookUp(chinese, w);
            if (!found.isEmpty()) {
                out.add(found);
            }
        }
        return out;
    }

    /** Longest Chinese word looked up when cutting a text ({@link #englishForText}). */
    private static final int LONGEST_WORD = 6;
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    /**
     * English candidates for the words of a Chinese text, cut by the dictionary itself: at each place the longest
     * word it knows (up to six characters), one list per word, in the order of the text. Single characters are
     * skipped: alone they are mostly particles and measure words (的, 按, 个), and their glosses match anything.
     * For scoring sentences of the other language; retrieval cuts with the index's own analyser.
     */
    public List<List<String>> englishForText(String text) {
        List<List<String>> out = new ArrayList<>();
        Matcher run = HAN_RUN.matcher(text);
        while (run.find()) {
            String han = run.group();
            for (int i = 0; i < han.length(); ) {
                int length = Math.min(LONGEST_WORD, han.length() - i);
                List<String> found = List.of();
                for (; length >= 2; length--) {
                    found = lookUp(chinese, han.substring(i, i + length));
                    if (!found.isEmpty()) {
                        break;
                    }
                }
                if (found.isEmpty()) {
                    i++;
                } else {
                    out.add(found);
                    i += length;
                }
            }
        }
        return out;
    }

    /** The word and the dictionary forms it may come from: "birds" → bird, "vanished" → vanish, "cities" → city. */
    static List<String> forms(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.endsWith("ies") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            out.add(w.substring(0, w.length() - 1));
        }
        for (String suffix : new String[] {"ing", "ed"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> lookUp(String[] lines, String key) {
        String prefix = key + "\t";
        int at = Arrays.binarySearch(lines, prefix);
        int i = at >= 0 ? at : -at - 1;
        if (i < lines.length && lines[i].startsWith(prefix)) {
            return List.of(lines[i].substring(prefix.length()).split(" "));
        }
        return List.of();
    }

    private static BilingualDictionary read() {
        try (InputStream in = BilingualDictionary.class.getResourceAsStream("zh-en.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("zh-en.tsv.gz is missing from the build");
            }
            List<String> en = new ArrayList<>(70_000);
            List<String> zh = new ArrayList<>(110_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.length() > 2 && line.charAt(1) == '\t') {
                        (line.charAt(0) == 'e' ? en : zh).add(line.substring(2));
                    }
                }
            }
            String[] e = en.toArray(String[]::new);
            String[] z = zh.toArray(String[]::new);
            Arrays.sort(e);
            Arrays.sort(z);
            return new BilingualDictionary(e, z);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bilingual dictionary failed", e);
        }
    }
}
