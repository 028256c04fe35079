package dev.zhiku.core.text;

/**
 * Guesses a passage's language from the scripts of its letters: Han → {@code zh} (kana → {@code ja},
 * hangul → {@code ko}), Cyrillic → {@code ru}, Latin → {@code en}. Enough to pick analyzers and filters for
 * the Chinese and English texts Zhiku's users have; a passage with no letters is {@code und}.
 */
public final class LanguageGuesser {

    private LanguageGuesser() {
    }

    public static String guess(CharSequence text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII: its letters are Latin, everything else is common to all scripts
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                default -> { }
            }
        }
        if (kana > 0 && kana * 5 >= han) {
            return "ja";
        }
        if (hangul > han && hangul * 2 >= latin) {
            return "ko";
        }
        // A Han character carries roughly the information of a Latin word (about five letters).
        if (han > 0 && han * 5 >= latin / 2) {
            return "zh";
        }
        if (cyrillic > latin) {
            return "ru";
        }
        return latin > 0 ? "en" : (han > 0 ? "zh" : "und");
    }
}
