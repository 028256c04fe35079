package dev.zhiku.rag.context;

import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.evidence.EvidenceSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Chooses the evidence that fits a token budget: the best sentences first, grouped into numbered sources (one per
 * passage, numbered in retrieval order) and put back into document order inside each source. A small budget keeps
 * the local model's first token fast.
 *
 * <p>The budget is counted in the tokens of the model that will read the prompt (its own tokenizer, when one is
 * given) and covers everything the evidence adds to the prompt: each sentence, the separator before it, and the
 * {@link SourceTag tags} around each source. Without a tokenizer (extractive answers, tests) the count is
 * {@link TokenEstimate}'s.
 */
public final class ContextAssembler {

    private final int budget;
    private final ToIntFunction<String> tokens;
    /** The longer separator between two sentences of one source ({@link Source#excerpt()}). */
    private final int separatorTokens;

    /** A budget counted with {@link TokenEstimate}. */
    public ContextAssembler(int budget) {
        this(budget, TokenEstimate::of);
    }

    /**
     * @param budget tokens the evidence may add to the prompt
     * @param tokens the reading model's token count of a text
     */
    public ContextAssembler(int budget, ToIntFunction<String> tokens) {
        this.budget = budget;
        this.tokens = tokens;
        this.separatorTokens = Math.max(1, tokens.applyAsInt(" … "));
    }

    public Context assemble(List<EvidenceSentence> ranked, double minScore) {
        Map<String, List<EvidenceSentence>> byPassage = new LinkedHashMap<>();
        int used = 0;
        for (EvidenceSentence s : ranked) {
            if (s.score() < minScore) {
                break;
            }
            List<EvidenceSentence> group = byPassage.get(s.hit().passage().id());
            // A new source's tag is counted with the highest number it can get, so the count is never short.
            int cost = tokens.applyAsInt(SourceTag.escape(s.text())) + (group == null
                    ? tokens.applyAsInt(SourceTag.open(byPassage.size() + 1, s.hit().passage()) + SourceTag.close())
                    : separatorTokens);
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
