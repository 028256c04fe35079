package dev.zhiku.indexer.chunk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * The Chinese, Japanese and Korean characters in everyday use: the first level of each national character set
 * (GB 2312 level 1, the 5,401 frequent characters of Big5, JIS X 0208 level 1, the 2,350 Hangul syllables of
 * KS X 1001), together about 12,000 code points. Real prose draws nearly all its CJK characters from these
 * (simplified Chinese over 99 % from GB 2312 level 1 alone); random bytes decoded as one of these encodings, or as
 * UTF-16, spread evenly over the 40,000 CJK code points and land in the set about a quarter to a half of the time.
 * The sets are read from the JDK's own decoders, so no table is kept here.
 */
final class EverydayCjk {

    /** CJK scripts (Han, Hangul, Yi, kana) in the Basic Multilingual Plane, looked up once instead of per char. */
    private static final BitSet CJK_BMP = new BitSet(0x10000);
    private static final BitSet KANA_BMP = new BitSet(0x10000);

    static {
        for (int cp = 0x1100; cp < 0x10000; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean kana = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            if (kana) {
                KANA_BMP.set(cp);
            }
            if (kana || script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.YI) {
                CJK_BMP.set(cp);
            }
        }
    }

    private static final BitSet EVERYDAY = build();

    private EverydayCjk() {
    }

    /** Whether the code point belongs to a CJK script (Han, Hangul, Yi, kana). */
    static boolean isCjk(int cp) {
        if (cp < 0x10000) {
            return CJK_BMP.get(cp);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.YI || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Whether a CJK code point is in everyday use; kana always are (there are few and all are common). Outside the
     * Basic Multilingual Plane (the rare-character extensions) nothing is.
     */
    static boolean isEveryday(int cp) {
        return cp < 0x10000 && (KANA_BMP.get(cp) || EVERYDAY.get(cp));
    }

    /** Whether the sets could be read (the JDK's extra charsets are present). */
    static boolean available() {
        return !EVERYDAY.isEmpty();
    }

    private static BitSet build() {
        BitSet set = new BitSet(0x10000);
        try {
            // GB 2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7) of EUC-CN
            addRows(set, "GB2312", 0xB0, 0xD7, 0xA1, 0xFE);
            // Big5 frequent characters: 0xA440-0xC67E
            addRows(set, "Big5", 0xA4, 0xC5, 0x40, 0x7E);
            addRows(set, "Big5", 0xA4, 0xC5, 0xA1, 0xFE);
            addRows(set, "Big5", 0xC6, 0xC6, 0x40, 0x7E);
            // JIS X 0208 level 1: rows 16-47 (lead bytes 0xB0-0xCF) of EUC-JP
            addRows(set, "EUC-JP", 0xB0, 0xCF, 0xA1, 0xFE);
            // KS X 1001 Hangul syllables: rows 16-40 (lead bytes 0xB0-0xC8) of EUC-KR
            addRows(set, "EUC-KR", 0xB0, 0xC8, 0xA1, 0xFE);
        } catch (IllegalArgumentException e) {
            return new BitSet();
        }
        return set;
    }

    private static void addRows(BitSet set, String charset, int leadFrom, int leadTo, int trailFrom, int trailTo) {
        CharsetDecoder decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                try {
                    CharBuffer decoded = decoder.decode(ByteBuffer.wrap(pair));
                    if (decoded.length() == 1) {
                        char c = decoded.charAt(0);
                        if (isCjk(c)) {
                            set.set(c);
                        }
                    }
                } catch (CharacterCodingException e) {
                    // an unassigned position of the row
                }
            }
        }
    }
}
