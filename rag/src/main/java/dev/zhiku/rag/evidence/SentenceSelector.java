package dev.zhiku.rag.evidence;

import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import dev.zhiku.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the sentences of the best passages against the question: the share of the question's words a sentence
 * contains, each word weighted by how rare it is among the retrieved passages (a word every passage has says
 * little), plus a small bonus for better-ranked passages. Duplicate sentences are dropped, and so are headings,
 * captions and navigation lines ({@link AnswerLines}): they are never quoted as an answer.
 */
public final class SentenceSelector {

    private static final double RANK_PRIOR = 0.15;
    private static final double QUANTITY_BONUS = 0.15;
    private static final int MIN_CHARS = 12;
    private static final int LONG_SENTENCE_TOKENS = 60;
    private static final java.util.regex.Pattern ASKS_QUANTITY = java.util.regex.Pattern.compile(
            "(?i)how (many|much|long|big|large|often|old)|\\b(limit|maximum|minimum|largest|smallest|default|size|"
                    + "number of|version)\\b|多少|几[个台次天年月种]?|多大|多长|多久|上限|最大|最小|默认|哪个版本");

    private SentenceSelector() {
    }

    public static List<EvidenceSentence> rank(String question, List<Hit> hits, int passages) {
        Set<String> query = QueryTerms.of(question);
        boolean asksQuantity = ASKS_QUANTITY.matcher(question).find();
        List<Hit> top = hits.subList(0, Math.min(passages, hits.size()));
        Map<String, Double> weights = weights(query, top);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<EvidenceSentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int rank = 0; rank < top.size(); rank++) {
            Hit hit = top.get(rank);
            Passage p = hit.passage();
            Set<String> headings = AnswerLines.headingsOf(p.title(), p.headingPath());
            List<SentenceSplitter.Span> statements = new ArrayList<>();
            for (SentenceSplitter.Span sentence : SentenceSplitter.split(p.text())) {
                statements.addAll(AnswerLines.statements(p.text(), sentence, headings));
            }
            for (SentenceSplitter.Span span : statements) {
                String raw = p.text().substring(span.start(), span.end());
                String sentence = raw.strip();
                int lead = raw.length() - raw.stripLeading().length();
                if (sentence.length() < MIN_CHARS || !seen.add(normalise(sentence))) {
                    continue;
                }
                double matched = 0;
                Set<String> terms = QueryTerms.of(sentence);
                for (Map.Entry<String, Double> w : weights.entrySet()) {
                    if (terms.contains(w.getKey())) {
                        matched += w.getValue();
                    }
                }
                double coverage = total == 0 ? 0 : matched / total;
                int start = p.startOffset() + span.start() + lead;
                out.add(new EvidenceSentence(hit, rank, sentence, start, start + sentence.length(), coverage,
                        order(coverage, rank, sentence, asksQuantity)));
            }
        }
        out.sort(Comparator.comparingDouble(EvidenceSentence::score).reversed());
        return out;
    }

    /**
     * Orders evidence: coverage, a bonus for better-ranked passages, a bonus for numbers when the question asks for
     * a quantity, and a penalty for run-on "sentences" (tables of contents, lists without punctuation).
     */
    private static double order(double coverage, int rank, String sentence, boolean asksQuantity) {
        double score = coverage + RANK_PRIOR / (1 + rank);
        if (asksQuantity && sentence.chars().anyMatch(Character::isDigit)) {
            score += QUANTITY_BONUS * coverage;
        }
        int tokens = dev.zhiku.core.text.TokenEstimate.of(sentence);
        if (tokens > LONG_SENTENCE_TOKENS) {
            score *= Math.sqrt((double) LONG_SENTENCE_TOKENS / tokens);
        }
        return score;
    }

    private static Map<String, Double> weights(Set<String> query, List<Hit> top) {
        List<Set<String>> passageTerms = top.stream().map(h -> QueryTerms.of(h.passage().text())).toList();
        Map<String, Double> weights = new HashMap<>();
        for (String term : query) {
            long containing = passageTerms.stream().filter(t -> t.contains(term)).count();
            weights.put(term, 1 + Math.log((1.0 + top.size()) / (1.0 + containing)));
        }
        return weights;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
