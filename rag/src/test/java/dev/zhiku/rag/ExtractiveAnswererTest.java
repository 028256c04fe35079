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

    /** A table row and its whole table are both statements: the one that ranks first is quoted, not both. */
    @Test
    void aPlaceIsQuotedOnceEvenWhenTwoStatementsHoldIt() {
        String text = "Table 2. Logs\n\nFile Content\n\n/var/log/dpkg.log dpkg's log\n\n/var/log/apt/term.log apt's log";
        Hit table = TestPassages.hit("/docs/logs.txt", 0, text, 0.9);
        Hit other = TestPassages.hit("/docs/other.txt", 0, "Logs are kept for a week.", 0.8);
        int row = text.indexOf("/var/log/dpkg.log");
        String rowText = "/var/log/dpkg.log dpkg's log";
        List<EvidenceSentence> byScore = List.of(
                new EvidenceSentence(table, 0, rowText, row, row + rowText.length(), 0.8, 0.9),
                new EvidenceSentence(table, 0, text, 0, text.length(), 0.7, 0.8),
                new EvidenceSentence(other, 1, "Logs are kept for a week.", 0, 25, 0.3, 0.4));
        Answer answer = ExtractiveAnswerer.answer(byScore, 3, 1000,
                new Retrieval("Which file logs dpkg?", List.of(table, other), 1), 0, System.nanoTime());
        assertEquals(rowText + " [1]\nLogs are kept for a week. [2]", answer.text());
    }
}
