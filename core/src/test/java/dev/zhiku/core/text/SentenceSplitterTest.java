package dev.zhiku.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence ends in Chinese and English, with exact, gap-free offsets. */
class SentenceSplitterTest {

    @Test
    void chineseSplitsAtFullStopExclamationQuestionAndSemicolon() {
        assertEquals(List.of("今天下雨。", "真冷！", "你去吗？", "我不去；", "他去"), sentences("今天下雨。真冷！你去吗？我不去；他去"));
    }

    @Test
    void englishSplitsAtAFullStopFollowedBySpace() {
        assertEquals(List.of("The pump failed. ", "It was replaced."), sentences("The pump failed. It was replaced."));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(List.of("Use a tool, e.g. a wrench, to open it. ", "Then close it."),
                sentences("Use a tool, e.g. a wrench, to open it. Then close it."));
    }

    @Test
    void aDotInsideANumberDoesNotEndASentence() {
        assertEquals(List.of("Version 3.5 is out."), sentences("Version 3.5 is out."));
    }

    @Test
    void spansCoverTheTextWithoutGaps() {
        String text = "混合 text. 中文句子。Another one! 最后";
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        int expected = 0;
        for (SentenceSplitter.Span span : spans) {
            assertEquals(expected, span.start());
            expected = span.end();
        }
        assertEquals(text.length(), expected);
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
