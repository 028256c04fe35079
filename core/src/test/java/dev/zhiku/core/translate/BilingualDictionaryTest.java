package dev.zhiku.core.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BilingualDictionaryTest {

    private final BilingualDictionary dictionary = BilingualDictionary.standard();

    @Test
    void englishContentWordsGetChineseCandidatesInTheOrderOfTheText() {
        List<List<String>> zh = dictionary.chineseFor("Which poem tells of the snow on a cold river?");
        assertTrue(zh.stream().anyMatch(c -> c.contains("雪")), zh.toString());
        assertTrue(zh.stream().anyMatch(c -> c.contains("江") || c.contains("河")), zh.toString());
        assertTrue(zh.stream().anyMatch(c -> c.contains("冷") || c.contains("寒")), zh.toString());
        assertTrue(zh.stream().noneMatch(List::isEmpty));
        assertTrue(dictionary.chineseFor("which of the to").isEmpty(), "function words are not translated");
    }

    @Test
    void namesAreFoundAsEnglishTextRomanisesThem() {
        assertEquals(List.of(List.of("李白")), dictionary.chineseFor("Li Bai"));
        assertTrue(dictionary.chineseFor("Hangzhou").getFirst().contains("杭州"));
        assertTrue(dictionary.chineseFor("Su Dongpo").getFirst().contains("苏东坡"));
        assertEquals("歌", dictionary.chineseFor("song").getFirst().getFirst(),
                "a name (the Song dynasty, 宋) never ranks before an ordinary word");
    }

    @Test
    void aTwoWordPhraseIsLookedUpBeforeItsWords() {
        List<List<String>> zh = dictionary.chineseFor("an old man");
        assertEquals(1, zh.size(), zh.toString());
        assertTrue(zh.getFirst().stream().anyMatch(w -> w.contains("翁") || w.contains("老")), zh.toString());
    }

    @Test
    void inflectedWordsAreFoundByTheirDictionaryForm() {
        assertTrue(BilingualDictionary.forms("birds").contains("bird"));
        assertTrue(BilingualDictionary.forms("cities").contains("city"));
        assertTrue(BilingualDictionary.forms("vanished").contains("vanish"));
        assertTrue(BilingualDictionary.forms("fishing").contains("fish"));
        assertTrue(BilingualDictionary.forms("stopped").contains("stop"));
        assertTrue(dictionary.chineseFor("birds").stream().anyMatch(c -> c.contains("鸟")));
    }

    @Test
    void aChineseTextIsCutIntoTheLongestWordsTheDictionaryKnows() {
        List<List<String>> en = dictionary.englishForText("递归搜索的时候跳过目录，去掉回车符");
        assertTrue(en.stream().anyMatch(c -> c.contains("recursive")), en.toString());
        assertTrue(en.stream().anyMatch(c -> c.contains("skip")), en.toString());
        assertTrue(en.stream().anyMatch(c -> c.contains("directory")), en.toString());
        assertTrue(en.stream().anyMatch(c -> c.contains("carriage")), en.toString());
        assertTrue(dictionary.englishForText("的了吗").isEmpty(), "single characters are not looked up alone");
        assertTrue(dictionary.englishForText("grep -r --exclude").isEmpty(), "Latin text has no Chinese words");
    }

    @Test
    void chineseWordsGetEnglishCandidates() {
        List<List<String>> en = dictionary.englishFor(List.of("排序", "开机", "不存在的词"));
        assertEquals(2, en.size(), en.toString());
        assertTrue(en.getFirst().contains("sort"), en.toString());
        assertTrue(en.get(1).contains("boot"), en.toString());
    }

    /**
     * The computing sense leads (computing-terms.tsv): 设备 is first "device", which CC-CEDICT does not give at all,
     * 默认 "default" (its third sense there), and 守护进程, missing from CC-CEDICT, is "daemon"; the other way too.
     */
    @Test
    void computingTermsComeInTheirTechnicalSense() {
        List<List<String>> en = dictionary.englishFor(List.of("设备", "默认", "守护进程"));
        assertEquals(List.of("device", "default", "daemon"), en.stream().map(List::getFirst).toList(), en.toString());
        assertTrue(en.getFirst().contains("equipment"), "CC-CEDICT's senses follow: " + en);
        List<List<String>> zh = dictionary.chineseFor("Which daemon runs the jobs?");
        assertTrue(zh.getFirst().contains("守护进程"), zh.toString());
    }
}
