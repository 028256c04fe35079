package dev.zhiku.indexer.chunk;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a passage's text says anything: text made of one repeated character, replacement characters (U+FFFD),
 * NULs and other control characters (zero-filled or sparse files, binary data decoded as text), or CJK characters
 * outside everyday use in the share random bytes give when decoded as GB18030, Big5, Shift-JIS or UTF-16
 * ({@link EverydayCjk}) gives no passages, so it can never be found or quoted.
 */
public final class InformationCheck {

    private static final double MAX_JUNK_SHARE = 0.2;
    private static final double MAX_ONE_CHARACTER_SHARE = 0.9;
    private static final int MIN_CHARS_FOR_REPETITION = 16;
    /**
     * Random bytes decoded as a CJK encoding or UTF-16 give 46-78 % rare CJK characters and junk together (measured
     * for GB18030, GBK, GB2312, Big5, Shift-JIS, EUC-JP, EUC-KR, UTF-16BE/LE; decision 0021); real prose well under
     * 5 %.
     */
    private static final double MAX_RARE_CJK_SHARE = 0.3;
    private static final int MIN_CHARS_FOR_RARE_CJK = 8;
    private static final int MIN_CJK_FOR_DOCUMENT = 200;
    private static final double MAX_RARE_SHARE_OF_CJK = 0.4;
    private static final String RANDOM_CJK = "mostly Chinese, Japanese or Korean characters outside everyday use, "
            + "as random or binary data decoded as text gives them";

    private InformationCheck() {
    }

    /** Why the text carries no information, or empty when it does. */
    public static Optional<String> noInformation(String text) {
        int total = 0;
        int junk = 0;
        int rareCjk = 0;
        int[] codePoints = new int[text.length()];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || cp == '\f') {
                continue;
            }
            total++;
            if (isJunk(cp)) {
                junk++;
            } else if (isRareCjk(cp)) {
                rareCjk++;
            }
            codePoints[total - 1] = cp;
        }
        if (total == 0) {
            return Optional.of("only white space");
        }
        if (junk > total * MAX_JUNK_SHARE) {
            return Optional.of("mostly replacement characters, NULs or control characters (binary data or a "
                    + "zero-filled file read as text)");
        }
        if (total >= MIN_CHARS_FOR_RARE_CJK && EverydayCjk.available()
                && junk + rareCjk > total * MAX_RARE_CJK_SHARE) {
            return Optional.of(RANDOM_CJK);
        }
        if (total >= MIN_CHARS_FOR_REPETITION
                && mostFrequentCount(codePoints, total) >= total * MAX_ONE_CHARACTER_SHARE) {
            return Optional.of("one character repeated over and over");
        }
        return Optional.empty();
    }

    /** How often the most frequent of the first {@code n} code points occurs (sorts them in place). */
    private static int mostFrequentCount(int[] codePoints, int n) {
        Arrays.sort(codePoints, 0, n);
        int best = 0;
        for (int i = 0, run = 0; i < n; i++) {
            run = i > 0 && codePoints[i] == codePoints[i - 1] ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Whether the passages of one document, taken together, are random bytes decoded as CJK text: at least
     * {@value #MIN_CJK_FOR_DOCUMENT} CJK characters, more than {@value #MAX_RARE_SHARE_OF_CJK} of them outside
     * everyday use. Short passages of such a document can pass {@link #noInformation} by chance; this catches them.
     * Real Chinese, Japanese or Korean stays far below (Tang and Song poetry 0.018 on the dev corpus), and CJK text beside NULs or
     * other junk is judged by its CJK characters alone, so it is kept.
     */
    public static Optional<String> randomCjk(Iterable<String> passages) {
        long cjk = 0;
        long rare = 0;
        for (String text : passages) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp >= 0xFF61 && cp <= 0xFF9F) {
                    cjk++;
                    rare++;
                } else if (EverydayCjk.isCjk(cp)) {
                    cjk++;
                    if (!EverydayCjk.isEveryday(cp)) {
                        rare++;
                    }
                }
            }
        }
        if (cjk >= MIN_CJK_FOR_DOCUMENT && EverydayCjk.available() && rare > cjk * MAX_RARE_SHARE_OF_CJK) {
            return Optional.of(RANDOM_CJK);
        }
        return Optional.empty();
    }

    /** A CJK character outside everyday use, or a half-width katakana (legacy, and a third of random Shift-JIS). */
    private static boolean isRareCjk(int cp) {
        if (cp >= 0xFF61 && cp <= 0xFF9F) {
            return true;
        }
        return EverydayCjk.isCjk(cp) && !EverydayCjk.isEveryday(cp);
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
