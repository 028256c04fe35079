package dev.zhiku.rag.evidence;

import dev.zhiku.core.Passage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a file is named after a word: the file name without its extensions, in letters and digits only, holds the
 * word in letters and digits only ({@code app-pg-isready.html} for pg_isready, {@code pwck.8.html} for pwck). A
 * manual page or a reference page is named after the tool it documents.
 */
public final class FileNames {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{IsLatin}\\p{Nd}]");

    private FileNames() {
    }

    /** Whether the passage's file is named after the lower-case word. */
    public static boolean isNamedAfter(Passage passage, String word) {
        String bare = bare(word);
        return !bare.isEmpty() && bare(baseName(passage.displayPath())).contains(bare);
    }

    private static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String bare(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
