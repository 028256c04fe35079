package dev.zhiku.rag;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Route;
import dev.zhiku.rag.cite.CitationChecker;
import dev.zhiku.rag.context.ContextAssembler;
import dev.zhiku.rag.context.Source;
import dev.zhiku.rag.evidence.EvidenceSentence;
import java.util.List;

/**
 * The instant answer without an LLM: the best supporting sentences (and the one after the best), each with its
 * citation.
 */
public final class ExtractiveAnswerer {

    private ExtractiveAnswerer() {
    }

    /**
     * The sources numbered in the order the answer quotes them: its first sentence cites [1], and the list of
     * citations starts with the file the best sentence is from. The assembler numbers them in retrieval order (what
     * a model's prompt is given); an extractive answer reads in score order, so it showed "… [3]" on its first line.
     * Every source holds a quoted sentence: the assembler makes them from the quoted ones only.
     */
    static List<Source> inOrderOfUse(List<EvidenceSentence> quoted, List<Source> sources) {
        List<Source> out = new java.util.ArrayList<>();
        java.util.Set<Source> used = new java.util.HashSet<>();
        for (EvidenceSentence s : quoted) {
            for (Source source : sources) {
                if (source.sentences().contains(s) && used.add(source)) {
                    out.add(new Source(out.size() + 1, source.hit(), source.sentences()));
                }
            }
        }
        return out;
    }

    /** @param retrieval what the search returned, and when (its time, the reranker's and the rewrite's share) */
    public static Answer answer(List<EvidenceSentence> ranked, int sentences, int budget,
                                dev.zhiku.rag.retrieve.Retrieval retrieval, long evidenceMillis, long t0) {
        // a table row is a statement and so is its whole table: whichever ranks first is quoted, not both
        List<EvidenceSentence> best = new java.util.ArrayList<>();
        for (EvidenceSentence s : ranked) {
            if (best.size() >= sentences) {
                break;
            }
            if (best.stream().noneMatch(b -> overlap(b, s))) {
                best.add(s);
            }
        }
        if (!best.isEmpty()) {
            // The sentence after the best one often carries the answer ("… is set by X. The default is 8 kB.").
            EvidenceSentence top = best.getFirst();
            ranked.stream().filter(s -> s.hit() == top.hit() && s.start() >= top.end())
                    .min(java.util.Comparator.comparingInt(EvidenceSentence::start))
                    .filter(next -> best.stream().noneMatch(b -> overlap(b, next)))
                    .ifPresent(next -> best.add(1, next));
        }
        List<Source> sources = inOrderOfUse(best, new ContextAssembler(budget).assemble(best, 0).sources());
        StringBuilder text = new StringBuilder();
        for (EvidenceSentence s : best) {
            Source source = sources.stream()
                    .filter(src -> src.sentences().contains(s)).findFirst().orElse(null);
            if (source == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(s.text()).append(" [").append(source.number()).append(']');
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        return new Answer(text.toString(), false, Route.EXTRACTIVE,
                sources.stream().map(CitationChecker::citation).toList(),
                new AnswerTimings(retrieval.millis(), -1, total, 0, evidenceMillis, retrieval.rerankMillis(),
                        retrieval.rewriteMillis(), retrieval.focusMillis()), "");
    }

    /** Whether two sentences quote the same place: one passage, spans that share characters. */
    static boolean overlap(EvidenceSentence a, EvidenceSentence b) {
        return a.hit() == b.hit() && a.start() < b.end() && b.start() < a.end();
    }
}
