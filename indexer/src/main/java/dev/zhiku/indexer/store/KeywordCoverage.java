package dev.zhiku.indexer.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * How much of a question the best keyword match explains: the share of the question's words (English stems and
 * Chinese words, each weighted by its rarity, log(N / df)) that the best keyword passage contains. A word no
 * passage has counts fully against it. Near 1, keyword search has found the question's words; near 0, the words
 * are not there to be found, typically because the answer is written in another language.
 */
final class KeywordCoverage {

    private KeywordCoverage() {
    }

    static double of(IndexReader reader, KeywordQueries queries, String question, String bestPassage)
            throws IOException {
        if (bestPassage == null) {
            return 0;
        }
        double total = 0;
        double covered = 0;
        int n = Math.max(1, reader.numDocs());
        for (String field : List.of(Analyzers.EN, Analyzers.ZH)) {
            Map<String, Double> weights = new HashMap<>();
            for (String t : queries.fieldTerms(field, question)) {
                if (field.equals(Analyzers.EN) && KeywordQueries.isQuestionWord(t)) {
                    continue;
                }
                weights.put(t, Math.log((n + 1.0) / (reader.docFreq(new Term(field, t)) + 0.5)));
            }
            if (weights.isEmpty()) {
                continue;
            }
            Set<String> present = queries.termsPresent(field, bestPassage, weights.keySet());
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                total += w.getValue();
                if (present.contains(w.getKey())) {
                    covered += w.getValue();
                }
            }
        }
        return total == 0 ? 1 : covered / total;
    }
}
