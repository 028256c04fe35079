package dev.zhiku.app.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Passage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    /** Cuts {@code text} into passages the way the chunker does: sentence overlap, blank lines between blocks. */
    private static List<Passage> passages(String text, int... cuts) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i += 2) {
            out.add(new Passage("p" + i, "/d.txt", "", "d", "", "txt", "en", 0, "", "Top", text.substring(cuts[i],
                    cuts[i + 1]), cuts[i], cuts[i + 1], Instant.EPOCH));
        }
        return out;
    }

    @Test
    void overlappingPassagesAndBlankLinesGiveParagraphsWithTheIndexOffsets() {
        String text = "One two. Three four.\n\nFive six. Seven.\n\nEight.";
        int five = text.indexOf("Five");
        int seven = text.indexOf("Seven");
        List<Passage> ps = passages(text, 0, text.indexOf("\n\n"), text.indexOf("Three"), seven,
                five, text.indexOf("\n\nEight"), text.indexOf("Eight"), text.length());
        DocumentText doc = DocumentText.of(ps);
        assertEquals(List.of("One two. Three four.", "Five six. Seven.", "Eight."),
                doc.paragraphs().stream().map(TextParagraph::text).toList());
        assertEquals(five, doc.paragraphs().get(1).start());
        DocumentText.Highlighted marked = doc.highlight(seven, seven + "Seven.".length());
        assertEquals(1, marked.first());
        assertEquals("Seven.", marked.paragraphs().get(1).marked());
        assertEquals("Five six. ", marked.paragraphs().get(1).before());
    }

    @Test
    void aHugeParagraphIsCutIntoRowsAndAHighlightAcrossThemMarksEach() {
        String word = "lorem ";
        String text = word.repeat(5_000);
        DocumentText doc = DocumentText.ofPlain(text);
        assertTrue(doc.paragraphs().size() >= 7, "rows: " + doc.paragraphs().size());
        assertTrue(doc.paragraphs().stream().allMatch(p -> p.text().length() <= DocumentText.MAX_PARAGRAPH));
        int from = DocumentText.MAX_PARAGRAPH - 10;
        DocumentText.Highlighted marked = doc.highlight(from, from + 30);
        String joined = marked.paragraphs().stream().filter(TextParagraph::highlighted).map(TextParagraph::marked)
                .reduce("", String::concat);
        assertEquals(text.substring(from, from + 30), joined);
    }
}
