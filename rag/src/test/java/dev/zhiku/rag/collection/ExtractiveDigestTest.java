package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest without a model keeps each section's most central sentence, with its heading and page. */
class ExtractiveDigestTest {

    private static Passage passage(int page, String heading, String text) {
        return new Passage("p" + page, "/docs/pump.pdf", "", "Pump guide", "", "pdf", "en", page, "", heading, text,
                page * 1000, page * 1000 + text.length(), null);
    }

    @Test
    void centralSentencesWithHeadingsAndPagesNotTheFirstLines() {
        String digest = ExtractiveDigest.of(List.of(
                passage(1, "Pumps", "Our office cat sleeps all day long. The pump moves water through the valve."),
                passage(2, "Valves", "Lunch is served at noon on Fridays. The valve controls how much water the pump "
                        + "moves."),
                passage(3, "Maintenance", "The weather was sunny and warm. Clean the pump and the valve so the water "
                        + "keeps moving.")), 3);
        assertTrue(digest.contains("**Pumps**: The pump moves water through the valve. (p. 1)"), digest);
        assertTrue(digest.contains("**Valves**") && digest.contains("(p. 2)") && digest.contains("(p. 3)"), digest);
        assertFalse(digest.contains("cat") || digest.contains("Lunch") || digest.contains("weather"), digest);
    }

    @Test
    void chineseSentencesAreComparedByCharacterPairs() {
        String digest = ExtractiveDigest.of(List.of(
                passage(1, "", "今天天气很好。水泵把水送进阀门。"),
                passage(2, "", "阀门控制水泵送水的多少。午饭十二点开始。")), 2);
        assertTrue(digest.contains("水泵把水送进阀门") && digest.contains("阀门控制水泵送水的多少"), digest);
        assertFalse(digest.contains("天气") || digest.contains("午饭"), digest);
    }
}
