package dev.zhiku.rag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Answer;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Hit;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {

    /** The best sentence is from the second passage found: it is [1], and its file is cited first. */
    @Test
    void sourcesAreNumberedInTheOrderTheAnswerQuotesThem() {
        String first = "The pump needs a 230 V supply.";
        String second = "The warranty period is 37 months.";
        Hit ranked0 = TestPassages.hit("/docs/supply.txt", 0, first, 0.9);
        Hit ranked1 = TestPassages.hit("/docs/warranty.txt", 0, second, 0.8);
        List<EvidenceSentence> byScore = List.of(
                new EvidenceSentence(ranked1, 1, second, 0, second.length(), 1.0, 0.9),
                new EvidenceSentence(ranked0, 0, first, 0, first.length(), 0.2, 0.3));
        Answer answer = ExtractiveAnswerer.answer(byScore, 3, 1000,
                new Retrieval("How long is the warranty?", List.of(ranked0, ranked1), 1), 0, System.nanoTime());
        assertEquals(second + " [1]\n" + first + " [2]", answer.text());
        assertEquals(List.of("/docs/warranty.txt", "/docs/supply.txt"),
                answer.citations().stream().map(Citation::displayPath).toList());
    }
}
