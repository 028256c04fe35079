package dev.zhiku.indexer.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.extract.ExtractedDocument;
import dev.zhiku.indexer.extract.TextBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages follow pages and sentences, keep exact offsets and stay within the token budget. */
class ChunkPlannerTest {

    private static final ChunkingSettings SMALL = new ChunkingSettings(40, 60, 12);
    private final TokenCounter counter = TokenCounter.estimating();
    private final ChunkPlanner planner = new ChunkPlanner(SMALL, counter);

    @Test
    void offsetsAreExact() {
        ExtractedDocument doc = document(block(longEnglish(), 1), block(longChinese(), 1), block(longEnglish(), 2));
        String text = doc.text();
        for (Chunk c : planner.plan(doc)) {
            assertEquals(text.substring(c.start(), c.end()), c.text());
        }
    }

    @Test
    void noChunkCrossesAPage() {
        ExtractedDocument doc = document(block("Short page one.", 1), block("Short page two.", 2),
                block("短的第三页。", 3));
        List<Chunk> chunks = planner.plan(doc);
        assertEquals(List.of(1, 2, 3), chunks.stream().map(Chunk::page).toList());
        assertEquals(List.of("Short page one.", "Short page two.", "短的第三页。"),
                chunks.stream().map(Chunk::text).toList());
    }

    @Test
    void everyChunkStaysWithinTheMaximum() {
        ExtractedDocument doc = document(block(longEnglish(), 1), block(longChinese(), 1));
        List<Chunk> chunks = planner.plan(doc);
        assertTrue(chunks.size() > 3);
        for (Chunk c : chunks) {
            assertTrue(counter.count(c.text()) <= SMALL.maxTokens(), c::toString);
        }
    }

    @Test
    void theLastShortSentenceIsRepeatedAsOverlap() {
        String text = "Copper wire is sold by the metre in the hardware shop downtown. "
                + "Prices rose in spring. "
                + "The shop owner ordered more stock from a supplier in the southern province.";
        List<Chunk> chunks = planner.plan(document(block(text, 0)));
        assertTrue(chunks.size() >= 2, chunks::toString);
        assertTrue(chunks.get(0).text().endsWith("Prices rose in spring."), chunks::toString);
        assertTrue(chunks.get(1).text().startsWith("Prices rose in spring."), chunks::toString);
    }

    /**
     * A definition list (man pages, settings references): where a passage is cut after the first sentence of an
     * option's description, the next passage repeats the option's name with that sentence, so no passage starts
     * with a description that does not say which option it describes.
     */
    @Test
    void aTermIsCarriedWithTheFirstSentenceOfItsDescription() {
        ChunkPlanner overlapping = new ChunkPlanner(new ChunkingSettings(40, 60, 20), counter);
        boolean carried = false;
        // descriptions of many lengths (each fits a passage with its term), so that some cut falls right after
        // a description's first sentence
        for (int words = 1; words <= 10; words++) {
            List<TextBlock> blocks = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                blocks.add(block("-" + (char) ('a' + i) + ", --option-" + i, 0));
                blocks.add(block("Describes option " + i + ". It changes" + " the output".repeat(words) + ".", 0));
            }
            List<Chunk> chunks = overlapping.plan(document(blocks.toArray(TextBlock[]::new)));
            for (int k = 1; k < chunks.size(); k++) {
                String t = chunks.get(k).text();
                assertTrue(!t.startsWith("Describes"), () -> "a description without its option: " + t);
                String firstLine = t.lines().findFirst().orElse("");
                carried |= firstLine.startsWith("-") && chunks.get(k - 1).text().contains(firstLine + "\n\nDescribes");
            }
        }
        assertTrue(carried, "the premise: some cut falls after a description's first sentence");
    }

    @Test
    void anOverlongSentenceWithoutPunctuationIsCut() {
        String run = "铜".repeat(500);
        ExtractedDocument doc = document(block(run, 0));
        List<Chunk> chunks = planner.plan(doc);
        assertTrue(chunks.size() >= 500 / SMALL.maxTokens(), chunks::toString);
        chunks.forEach(c -> assertTrue(counter.count(c.text()) <= SMALL.maxTokens(), c::toString));
        assertEquals(0, chunks.getFirst().start());
        assertEquals(run.length(), chunks.getLast().end());
        for (int i = 1; i < chunks.size(); i++) {
            assertTrue(chunks.get(i).start() <= chunks.get(i - 1).end(), "gap before chunk " + i);
        }
    }

    private static String longEnglish() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add("Sentence number " + i + " talks about the harbour and the copper lanterns there.");
        }
        return String.join(" ", sentences);
    }

    private static String longChinese() {
        return "港口的铜灯笼在夜里发光，照亮了整个码头。".repeat(15);
    }

    private static TextBlock block(String text, int page) {
        return new TextBlock(text, page, "", "", false);
    }

    private static ExtractedDocument document(TextBlock... blocks) {
        return new ExtractedDocument("", "", "", null, "text/plain", List.of(blocks), List.of());
    }
}
