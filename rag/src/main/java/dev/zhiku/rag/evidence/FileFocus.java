package dev.zhiku.rag.evidence;

import dev.zhiku.core.Passage;
import dev.zhiku.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passages of one file that say most of what a question asks, by its words: each word weighted by how rare it
 * is among the file's own passages (the tool's name, on every page of its manual, counts for nearly nothing), and
 * for a Chinese question the English words the dictionary gives for its words ({@link SentenceSelector.Across}),
 * which is all an English original shares with it. The search ranks files well; inside a long file the passage
 * that answers can rank below the file's others, and then none of its sentences would be weighed.
 */
public final class FileFocus {

    /** A passage that covers less of the question's weight than this adds nothing worth weighing. */
    static final double MIN_COVERAGE = 0.2;

    /**
     * How much a passage's rank owes to its densest sentence, the rest to the whole passage (decision 0077: 0.5 and
     * 0.7 gave the same answers; 1, the sentence alone, lost answers whose passage says the fact over two sentences).
     */
    static final double DENSEST = 0.5;

    private FileFocus() {
    }

    /**
     * @param passages the file's passages
     * @param k        at most this many
     * @return the best {@code k} passages by the question's words, best first; none below {@link #MIN_COVERAGE}
     */
    public static List<Passage> best(String question, List<Passage> passages, int k) {
        if (passages.isEmpty() || k <= 0) {
            return List.of();
        }
        List<Set<String>> terms = passages.stream().map(p -> QueryTerms.of(p.text())).toList();
        // a word no passage of the file has cannot tell its passages apart
        Map<String, Double> weights = SentenceSelector.weights(SentenceSelector.questionTerms(question), terms, false);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        SentenceSelector.Across across = SentenceSelector.HAN.matcher(question).find()
                ? SentenceSelector.Across.of(question, terms, weights) : SentenceSelector.Across.NONE;
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i).text();
            // an English passage shares with a Chinese question its Latin words (the tool's name) and the
            // translations of its Chinese ones: scored by its own words alone, every page naming the tool would be
            // a perfect match
            boolean translated = across.total() > 0 && !SentenceSelector.HAN.matcher(text).find();
            double coverage = coverage(terms.get(i), translated, across, weights, total);
            if (coverage >= MIN_COVERAGE) {
                // a long passage of a manual gathers the question's common words from options that have nothing
                // to do with each other; the passage whose one sentence says most of the question is the one that
                // answers it (decision 0077)
                double densest = 0;
                for (SentenceSplitter.Span span : SentenceSplitter.split(text)) {
                    densest = Math.max(densest, coverage(QueryTerms.of(text.substring(span.start(), span.end())),
                            translated, across, weights, total));
                }
                scored.add(new Scored(passages.get(i), (1 - DENSEST) * coverage + DENSEST * densest));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::rank).reversed()).limit(k)
                .map(Scored::passage).toList();
    }

    /** The share of the question's weight some terms (a passage's, a sentence's) cover. */
    private static double coverage(Set<String> terms, boolean translated, SentenceSelector.Across across,
                                   Map<String, Double> weights, double total) {
        // and the Latin words alone (the tool's name) are what the search found the file by: an English passage
        // adds something only with a translation of one of the question's own words
        if (translated) {
            return across.translates(terms) ? across.coverage(terms) : 0;
        }
        return SentenceSelector.share(terms, weights, total);
    }

    private record Scored(Passage passage, double rank) {
    }
}
