package dev.zhiku.rag.evidence;

import dev.zhiku.core.Passage;
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
            Set<String> t = terms.get(i);
            double coverage = SentenceSelector.share(t, weights, total);
            // an English passage shares with a Chinese question its Latin words (the tool's name) and the
            // translations of its Chinese ones: scored by its own words alone, every page naming the tool would be
            // a perfect match
            if (across.total() > 0 && !SentenceSelector.HAN.matcher(passages.get(i).text()).find()) {
                // and the Latin words alone (the tool's name) are what the search found the file by: a passage
                // adds something only with a translation of one of the question's own words
                coverage = across.translates(t) ? across.coverage(t) : 0;
            }
            if (coverage >= MIN_COVERAGE) {
                scored.add(new Scored(passages.get(i), coverage));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::coverage).reversed()).limit(k)
                .map(Scored::passage).toList();
    }

    private record Scored(Passage passage, double coverage) {
    }
}
