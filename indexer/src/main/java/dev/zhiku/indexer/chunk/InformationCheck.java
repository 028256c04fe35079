package dev.zhiku.indexer.chunk;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a passage's text says anything: text made of one repeated character, replacement characters (U+FFFD),
 * NULs and other control characters (zero-filled or sparse files, binary data decoded as text) gives no passages,
 * so it can never be found or quoted.
 */
public final class InformationCheck {

    private static final double MAX_JUNK_SHARE = 0.2;
    private static final double MAX_ONE_CHARACTER_SHARE = 0.9;
    private static final int MIN_CHARS_FOR_REPETITION = 16;

    private InformationCheck() {
    }

    /** Why the text carries no information, or empty when it does. */
    public static Optional<String> noInformation(String text) {
        int total = 0;
        int junk = 0;
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || cp == '\f') {
                continue;
            }
            total++;
            if (isJunk(cp)) {
                junk++;
            }
            counts.merge(cp, 1, Integer::sum);
        }
        if (total == 0) {
            return Optional.of("only white space");
        }
        if (junk > total * MAX_JUNK_SHARE) {
            return Optional.of("mostly replacement characters, NULs or control characters (binary data or a "
                    + "zero-filled file read as text)");
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (total >= MIN_CHARS_FOR_REPETITION && top >= total * MAX_ONE_CHARACTER_SHARE) {
            return Optional.of("one character repeated over and over");
        }
        return Optional.empty();
    }

    private static boolean isJunk(int cp) {
        if (cp == 0xFFFD) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }
}
