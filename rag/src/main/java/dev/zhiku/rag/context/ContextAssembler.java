package dev.zhiku.rag.context;

import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.evidence.EvidenceSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the evidence that fits a token budget: the best sentences first, each with its neighbour when there is
 * room, grouped into numbered sources (one per passage, numbered in retrieval order) and put back into document
 * order inside each source. A small budget keeps the local model's first token fast.
 */
public final class ContextAssembler {

    private final int budget;

    public ContextAssembler(int budget) {
        this.budget = budget;
    }

    public Context assemble(List<EvidenceSentence> ranked, double minScore) {
        Map<String, List<EvidenceSentence>> byPassage = new LinkedHashMap<>();
        int used = 0;
        for (EvidenceSentence s : ranked) {
            if (s.score() < minScore) {
                break;
            }
            int cost = TokenEstimate.of(s.text()) + 2;
            if (used + cost > budget) {
                continue;
            }
            byPassage.computeIfAbsent(s.hit().passage().id(), k -> new ArrayList<>()).add(s);
            used += cost;
        }
        List<List<EvidenceSentence>> groups = new ArrayList<>(byPassage.values());
        groups.sort(Comparator.comparingInt(g -> g.getFirst().rank()));
        List<Source> sources = new ArrayList<>();
        for (List<EvidenceSentence> sentences : groups) {
            List<EvidenceSentence> ordered = new ArrayList<>(sentences);
            ordered.sort(Comparator.comparingInt(EvidenceSentence::start));
            sources.add(new Source(sources.size() + 1, sentences.getFirst().hit(), ordered));
        }
        return new Context(sources, used);
    }
}
