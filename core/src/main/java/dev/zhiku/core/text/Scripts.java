package dev.zhiku.core.text;

/** Character-script tests used by sentence splitting and language detection. */
public final class Scripts {

    private Scripts() {
    }

    /** Han ideographs, CJK punctuation, kana and hangul. */
    public static boolean isCjk(char c) {
        if (c < '\u3000') { // every block below starts at or above U+3000 (the common case skips the lookup)
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
    }
}
