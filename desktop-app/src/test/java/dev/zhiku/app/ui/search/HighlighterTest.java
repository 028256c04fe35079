package dev.zhiku.app.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static List<String> marked(String text, String query) {
        return Highlighter.spans(text, query).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void englishWordsMatchCaseInsensitivelyAtWordStarts() {
        String text = "The Payment deadline: pay within 30 days; repayment is late.";
        assertEquals(List.of("Pay", "pay"), marked(text, "pay"));
        assertEquals(List.of("Payment", "deadline"), marked(text, "payment deadline"));
        assertEquals(List.of("30"), marked(text, "the 30"));
    }

    @Test
    void chineseRunsMatchWholeAndByBigrams() {
        String text = "上次合同里的付款期限是交货后三十天。期限很重要。";
        assertEquals(List.of("付款期限", "期限"), marked(text, "付款期限"));
        assertEquals(List.of("合同", "付款"), marked(text, "合同 付款"));
    }

    @Test
    void mixedQueriesMarkBothScripts() {
        String text = "合同 contract 的 deadline 是三十天";
        assertEquals(List.of("合同", "contract", "deadline"), marked(text, "合同contract deadline"));
    }

    @Test
    void snippetsStartNearTheFirstMatchAndKeepRanges() {
        String passage = "x".repeat(300) + " 付款期限 " + "y".repeat(300);
        Snippet s = Snippet.of(passage, "付款期限", 120);
        assertTrue(s.text().startsWith("…") && s.text().endsWith("…"), s.text());
        Span first = s.highlights().getFirst();
        assertEquals("付款期限", s.text().substring(first.start(), first.end()));
    }
}
