package dev.zhiku.rag.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Citation;
import dev.zhiku.rag.TestPassages;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.context.ContextAssembler;
import dev.zhiku.rag.evidence.SentenceSelector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    private final Context context = new ContextAssembler(400).assemble(SentenceSelector.rank("warranty pump",
            List.of(TestPassages.hit("/docs/pump.pdf", 3, "The warranty of the Zephyr pump lasts 37 months.", 2.0),
                    TestPassages.hit("/docs/notes.txt", 0, "泽菲尔水泵的保修期为三十七个月。", 1.0, 100)), 8), 0);

    @Test
    void validMarkersBecomeCitationsWithPathPageAndOffsets() {
        CheckedAnswer checked = CitationChecker.check("The warranty is 37 months [1], 三十七个月【2】.", context);
        assertEquals("The warranty is 37 months [1], 三十七个月[2].", checked.text());
        List<Citation> citations = checked.citations();
        assertEquals(2, citations.size());
        assertEquals("/docs/pump.pdf", citations.get(0).path());
        assertEquals(3, citations.get(0).page());
        assertEquals(0, citations.get(0).startOffset());
        assertEquals("/docs/notes.txt", citations.get(1).path());
        assertEquals(100, citations.get(1).startOffset());
        assertEquals(0, checked.removed());
    }

    @Test
    void numbersThatPointNowhereAreRemoved() {
        CheckedAnswer checked = CitationChecker.check("It lasts 37 months [1][7]. Nothing else [9, 2].", context);
        assertEquals("It lasts 37 months [1]. Nothing else [2].", checked.text());
        assertEquals(2, checked.removed());
        assertEquals(List.of(1, 2), checked.citations().stream().map(Citation::number).toList());
    }

    @Test
    void anAnswerWithoutMarkersCitesNothing() {
        CheckedAnswer checked = CitationChecker.check("I could not find this in your documents.", context);
        assertEquals(List.of(), checked.citations());
    }
}
