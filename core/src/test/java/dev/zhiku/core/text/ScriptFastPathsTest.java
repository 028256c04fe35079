package dev.zhiku.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The script tests skip Java's Unicode tables for the common characters (ASCII, everything below U+3000); these
 * checks hold the shortcuts to the tables for every character of the basic plane, and the guesses to the scripts.
 */
class ScriptFastPathsTest {

    private static final Set<Character.UnicodeBlock> CJK_BLOCKS = Set.of(
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
            Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS, Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS, Character.UnicodeBlock.HIRAGANA,
            Character.UnicodeBlock.KATAKANA, Character.UnicodeBlock.HANGUL_SYLLABLES);

    @Test
    void isCjkAgreesWithTheUnicodeBlocksForEveryCharacterOfTheBasicPlane() {
        for (int c = 0; c <= 0xFFFF; c++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of((char) c); // null: in no block
            assertEquals(block != null && CJK_BLOCKS.contains(block), Scripts.isCjk((char) c),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void asciiLettersAreLatinAndTheRestOfAsciiBelongsToNoScriptTheGuesserCounts() {
        for (char c = 0; c < 0x80; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            assertEquals(letter, script == Character.UnicodeScript.LATIN, "U+" + Integer.toHexString(c));
            if (!letter) {
                assertEquals(Character.UnicodeScript.COMMON, script, "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void guessesFollowTheScriptsOfTheLetters() {
        assertEquals("en", LanguageGuesser.guess("VACUUM reclaims storage, 42 times."));
        assertEquals("zh", LanguageGuesser.guess("检查点进程把脏页写回磁盘 (checkpointer)."));
        assertEquals("ja", LanguageGuesser.guess("ひらがなとカタカナ"));
        assertEquals("ko", LanguageGuesser.guess("한국어 문장"));
        assertEquals("ru", LanguageGuesser.guess("Привет, мир"));
        assertEquals("en", LanguageGuesser.guess("Ça déjà été"));
        assertEquals("und", LanguageGuesser.guess("12345 ... !!!"));
    }
}
