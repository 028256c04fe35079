package dev.zhiku.rag.gate;

import dev.zhiku.core.TermStatistics;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.Wording;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.QueryTerms;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether to answer or to say the documents do not hold the answer, from evidence that holds without an
 * LLM (calibrated on dev-eval, see docs/decisions):
 * <ol>
 *   <li>nothing was found;</li>
 *   <li>the question names something the documents never mention — a Latin word of three or more letters, or a
 *       Chinese word of three or more characters, that no passage contains ("pgbouncer", "zram"); only in a
 *       knowledge base large enough that a missing word means something (a few hundred passages); when some of
 *       the best passages are in another language, only identifiers count (a plain word may be translated);</li>
 *   <li>no sentence of the best passages covers enough of the question's words (unless the best passage is in
 *       another language than the question: it was found by meaning, not by words).</li>
 * </ol>
 */
public final class RelevanceGate {

    /** Below this many passages, a word's absence says too little to refuse an answer on it. */
    static final long MIN_PASSAGES_FOR_ABSENCE = 500;
    /** Best passages looked at for evidence in another language than the question. */
    static final int ACROSS_LOOKED_AT = 5;

    private final double minEvidence;

    public RelevanceGate(double minEvidence) {
        this.minEvidence = minEvidence;
    }

    public GateDecision judge(String question, Retrieval retrieval, List<EvidenceSentence> ranked,
                              TermStatistics stats) {
        Language language = Language.of(question);
        if (retrieval.hits().isEmpty() || ranked.isEmpty()) {
            return GateDecision.abstain(Wording.nothingRelevant(language));
        }
        String questionLanguage = language == Language.ZH ? "zh" : "en";
        boolean crossLingual = retrieval.hits().stream().limit(ACROSS_LOOKED_AT)
                .anyMatch(h -> !questionLanguage.equals(h.passage().language()));
        Optional<String> unknown = unknownTerm(stats, crossLingual ? IdentifierWords.of(question) : null);
        if (unknown.isPresent()) {
            return GateDecision.abstain(Wording.neverMentioned(language, unknown.get()));
        }
        // Words can only be matched within one language: evidence in another language (found by meaning) is not
        // judged by its words.
        double best = ranked.stream().mapToDouble(EvidenceSentence::coverage).max().orElse(0);
        if (!crossLingual && best < minEvidence) {
            return GateDecision.abstain(Wording.nothingRelevant(language));
        }
        return GateDecision.answer();
    }

    /**
     * The first word that names something no passage contains. With {@code identifiers} given (evidence across the
     * language line was found), only a word that is never translated counts — an identifier of the question
     * ({@code PgBouncer}, {@code pg_stat_statements}, {@code TDE}), see {@link IdentifierWords} — since "straw"
     * or "Su Shi" may be written in Chinese there, and a Chinese word in English.
     */
    static Optional<String> unknownTerm(TermStatistics stats, IdentifierWords identifiers) {
        if (stats.passages() < MIN_PASSAGES_FOR_ABSENCE) {
            return Optional.empty();
        }
        for (TermStatistics.Term t : stats.terms()) {
            if (t.passages() > 0 || QueryTerms.isStopWord(t.text())) {
                continue;
            }
            if (identifiers != null && !identifiers.covers(t.text())) {
                continue;
            }
            boolean name = t.han() ? t.text().length() >= 3
                    : t.text().length() >= 3 && t.text().chars().anyMatch(Character::isLetter)
                    && t.text().indexOf('\'') < 0;
            if (name) {
                return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }
}
