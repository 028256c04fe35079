package dev.zhiku.indexer.store;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
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
        double[] en = weigh(reader, queries, Analyzers.EN, queries.fieldTerms(Analyzers.EN, question).stream()
                .filter(t -> !KeywordQueries.isQuestionWord(t)).map(Set::of).toList(), bestPassage);
        double[] zh = weigh(reader, queries, Analyzers.ZH, queries.fieldTerms(Analyzers.ZH, question).stream()
                .map(Set::of).toList(), bestPassage);
        double total = en[1] + zh[1];
        return total == 0 ? 1 : (en[0] + zh[0]) / total;
    }

    /**
     * The weight a passage explains of some words of one field, and their whole weight: each group of stems (a
     * word, or the translations of one word) weighs as much as its rarest stem, log(N / df), and is explained when
     * the passage has any of them.
     *
     * @return {covered, total}
     */
    static double[] weigh(IndexReader reader, KeywordQueries queries, String field, List<Set<String>> groups,
                          String passage) throws IOException {
        Set<String> all = new HashSet<>();
        groups.forEach(all::addAll);
        if (all.isEmpty()) {
            return new double[2];
        }
        int n = Math.max(1, reader.numDocs());
        Set<String> present = queries.termsPresent(field, passage, all);
        double total = 0;
        double covered = 0;
        for (Set<String> group : groups) {
            double weight = 0;
            for (String stem : group) {
                weight = Math.max(weight, Math.log((n + 1.0) / (reader.docFreq(new Term(field, stem)) + 0.5)));
            }
            total += weight;
            if (group.stream().anyMatch(present::contains)) {
                covered += weight;
            }
        }
        return new double[] {covered, total};
    }
}
