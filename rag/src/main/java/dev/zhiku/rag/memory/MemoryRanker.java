package dev.zhiku.rag.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks memories by the words they share with a question ({@link MemoryTerms}). A shared word counts
 * {@code ln(1 + n / df)}, where {@code n} is the number of memories and {@code df} the number holding the word, so
 * "我的" or "my" that every memory has counts less than "护照" or "passport". Ties go to the memory with fewer
 * words (more to the point), then to the order given.
 */
final class MemoryRanker {

    private record Scored(Memory memory, double score, int size, int order) {
    }

    private MemoryRanker() {
    }

    /** The memories sharing at least one word with the question, best first. */
    static List<Memory> rank(String question, List<Memory> memories) {
        Set<String> asked = MemoryTerms.of(question);
        List<Set<String>> terms = memories.stream().map(m -> MemoryTerms.of(m.text())).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Set<String> set : terms) {
            for (String term : set) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < memories.size(); i++) {
            double score = 0;
            for (String term : terms.get(i)) {
                if (asked.contains(term)) {
                    score += Math.log(1 + (double) memories.size() / documentFrequency.get(term));
                }
            }
            if (score > 0) {
                scored.add(new Scored(memories.get(i), score, terms.get(i).size(), i));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(Scored::size).thenComparingInt(Scored::order));
        return scored.stream().map(Scored::memory).toList();
    }
}
