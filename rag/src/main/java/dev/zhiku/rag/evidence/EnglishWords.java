package dev.zhiku.rag.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The everyday English vocabulary (about 60,000 lower-case words of the SCOWL list, see
 * {@code english-words.NOTICE.txt}): a word of the question that the documents never use and that is not in it
 * ("pgbouncer", "zram", "kubernetes") names something, while one that is ("moment", "brand") is the asker's own
 * wording and proves nothing. Loaded on first use, kept as one sorted array (a few MB).
 */
public final class EnglishWords {

    /** Letters an indexed stem may lack of its word ("configur" → "configure", "encrypt" → "encryption"). */
    private static final int STEM_SLACK = 4;


    private EnglishWords() {
    }

    /** Whether a lower-case word, or the stem the index keeps of it, is an everyday English word. */
    public static boolean contains(String word) {
        // Porter stems write a final y as i ("halfway" → "halfwai", "query" → "queri")
        return has(word) || word.endsWith("i") && has(word.substring(0, word.length() - 1) + "y");
    }

    private static boolean has(String word) {
        String[] all = load();
        int at = Arrays.binarySearch(all, word);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        return next < all.length && all[next].startsWith(word) && all[next].length() <= word.length() + STEM_SLACK;
    }

    private static String[] load() {
        return Shipped.WORDS;
    }

    /** Holds the shipped list; the class is loaded, and the file read, on the first look-up. */
    private static final class Shipped {
        static final String[] WORDS = read();
    }

    private static String[] read() {
        try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt.gz")) {
            if (in == null) {
                throw new IllegalStateException("english-words.txt.gz is missing from the build");
            }
            List<String> list = new ArrayList<>(64_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        list.add(line.strip());
                    }
                }
            }
            String[] out = list.toArray(String[]::new);
            Arrays.sort(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the English word list failed", e);
        }
    }
}
