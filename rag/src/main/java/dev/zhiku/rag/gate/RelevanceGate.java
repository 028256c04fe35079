package dev.zhiku.rag.gate;

import dev.zhiku.core.TermStatistics;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.Wording;
import dev.zhiku.rag.evidence.EnglishWords;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.QueryTerms;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether to answer or to say the documents do not hold the answer, from evidence that holds without an
 * LLM (calibrated on dev-eval, see docs/decisions):
 * <ol>
 *   <li>nothing was found;</li>
 *   <li>the question names something the documents never mention — a Latin word of three or more letters, or a
 *       Chinese word of three or more characters, that no passage contains ("pgbouncer", "zram"); only in a
 *       knowledge base large enough that a missing word means something (a few hundred passages); when some of
 *       the best passages are in another language, only identifiers count (a plain word may be translated); in
 *       either case, a Chinese word of two or more characters that no passage has, nor any of its English
 *       translations ("配额" where no document says "quota"; not a question word such as "哪里");</li>
 *   <li>no sentence of the best passages covers enough of the question's words (unless the best passage is in
 *       another language than the question: it was found by meaning, not by words);</li>
 *   <li>the question asks for a kind of fact (an amount, a year, a version, a colour, an order number) that none
 *       of the sentences an answer would quote states, or is limited to a month or year their passages never
 *       name ({@link AskedFact}; a fact asked of an option counts only where the option is named), or asks
 *       whether a named tool can do something that no quoted sentence about the tool says
 *       ({@link AskedAbility});</li>
 *   <li>the question names identifiers, or lists names ({@link ListedNames}), and none of them is in the passages
 *       an answer would quote.</li>
 * </ol>
 */
public final class RelevanceGate {

    /** Below this many passages, a word's absence says too little to refuse an answer on it. */
    static final long MIN_PASSAGES_FOR_ABSENCE = 500;
    /** Best passages looked at for evidence in another language than the question. */
    static final int ACROSS_LOOKED_AT = 5;
    private static final java.util.regex.Pattern LATIN_WORD =
            java.util.regex.Pattern.compile("[\\p{IsLatin}\\p{Nd}_][\\p{IsLatin}\\p{Nd}_.\\-]*");
    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");

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
        Optional<String> unknown = crossLingual ? unknownTerm(stats, IdentifierWords.of(question), false,
                capitalised(question)) : unknownTerm(stats, IdentifierWords.withNames(question), true, Set.of());
        if (unknown.isPresent()) {
            return GateDecision.abstain(Wording.neverMentioned(language, asWritten(question, unknown.get())));
        }
        // Words can only be matched within one language: evidence in another language (found by meaning) is not
        // judged by its words.
        double best = ranked.stream().mapToDouble(EvidenceSentence::coverage).max().orElse(0);
        if (!crossLingual && best < minEvidence) {
            return GateDecision.abstain(Wording.nothingRelevant(language));
        }
        Optional<String> offTopic = unquotedIdentifiers(question, ranked, language)
                .or(() -> ListedNames.unquoted(question, ranked, AskedFact.LOOKED_AT, language));
        if (offTopic.isPresent()) {
            return GateDecision.abstain(offTopic.get());
        }
        return AskedFact.missing(question, ranked, language).map(GateDecision::abstain)
                .orElseGet(GateDecision::answer);
    }

    /**
     * The reason to refuse when the question names identifiers (commands, options, settings: {@code pg_upgrade},
     * {@code --clone}) and not one of them is in the passages an answer would quote: the documents may mention them
     * elsewhere, but what was found is about something else. Empty to go on.
     */
    static Optional<String> unquotedIdentifiers(String question, List<EvidenceSentence> ranked, Language language) {
        java.util.Set<String> named = IdentifierWords.commandNames(IdentifierWords.withoutExamples(question));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<EvidenceSentence> looked = ranked.subList(0, Math.min(AskedFact.LOOKED_AT, ranked.size()));
        for (EvidenceSentence s : looked) {
            String text = s.hit().passage().text().toLowerCase(java.util.Locale.ROOT);
            if (named.stream().anyMatch(text::contains)) {
                return Optional.empty();
            }
        }
        String first = named.iterator().next();
        return Optional.of(language == Language.ZH ? "找到的段落都没有提到“" + first + "”。"
                : "None of the passages found mentions “" + first + "”.");
    }

    /**
     * The first word that names something no passage contains: an identifier or name of the question ({@code
     * PgBouncer}, {@code pg_stat_statements}, {@code TDE}, "BrightPath"; see {@link IdentifierWords}), or, with
     * {@code inOwnLanguage}, a Chinese word of three or more characters or a Latin word that is not everyday English
     * ({@code pgbouncer}, see {@link EnglishWords}). An everyday word never counts: "moment" or "brand" is the
     * asker's wording, not a topic; and across the language line only identifiers and words without a Chinese form
     * in the dictionary ("kubeadm") count, since "straw" or "Su Shi" may be written in Chinese there, and a Chinese
     * word in English.
     */
    /**
     * The question's own word for an indexed (stemmed) term: "Kubernetes" for {@code kubernet}, so the refusal
     * names what the asker wrote; the term itself when no word of the question starts with it.
     */
    static String asWritten(String question, String term) {
        java.util.regex.Matcher m = LATIN_WORD.matcher(question);
        while (m.find()) {
            String word = m.group().replaceAll("[.\\-]+$", "");
            if (word.toLowerCase(java.util.Locale.ROOT).startsWith(term)) {
                return word;
            }
        }
        return term;
    }

    /**
     * Whether a word that is not everyday English has no Chinese form in the dictionary: a name such as "Su Shi" or
     * "Hangzhou" may be written 苏轼 or 杭州 in a Chinese passage, but "kubeadm" or "Kubernetes" stays as it is.
     */
    static boolean untranslatable(String word) {
        return dev.zhiku.core.translate.BilingualDictionary.standard().chineseFor(word).isEmpty();
    }

    static Optional<String> unknownTerm(TermStatistics stats, IdentifierWords words, boolean inOwnLanguage) {
        return unknownTerm(stats, words, inOwnLanguage, Set.of());
    }

    /** The words a question writes capitalised (lower-cased): names, which another language may transliterate. */
    static Set<String> capitalised(String question) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITALISED.matcher(question);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("['’]s$", ""));
        }
        return out;
    }

    /**
     * @param names the question's capitalised words: across the language line, a name ("Luo Binwang") may be
     *              written in Chinese even when the dictionary does not know it, so only identifiers count for it
     */
    static Optional<String> unknownTerm(TermStatistics stats, IdentifierWords words, boolean inOwnLanguage,
                                        Set<String> names) {
        if (stats.passages() < MIN_PASSAGES_FOR_ABSENCE) {
            return Optional.empty();
        }
        for (TermStatistics.Term t : stats.terms()) {
            // the asker's wording ("哪里", "怎么办") is in no document and no reason
            if (t.han() && dev.zhiku.core.text.FunctionWords.isChinese(t.text())) {
                continue;
            }
            // a Chinese word no passage has, nor any of its English translations: never mentioned in either language
            if (t.han() && t.text().length() >= 2 && t.absentInBothLanguages()) {
                return Optional.of(t.text());
            }
            if (t.passages() > 0 || QueryTerms.isStopWord(t.text()) || words.isValue(t.text())) {
                continue;
            }
            boolean name = t.han() ? inOwnLanguage && t.text().length() >= 3
                    : (words.covers(t.text()) || !EnglishWords.contains(t.text())
                    && (inOwnLanguage || names.stream().noneMatch(n -> n.startsWith(t.text()))
                    && untranslatable(t.text())))
                    && t.text().length() >= 3 && t.text().chars().anyMatch(Character::isLetter)
                    && t.text().indexOf('\'') < 0;
            if (name) {
                return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }
}
