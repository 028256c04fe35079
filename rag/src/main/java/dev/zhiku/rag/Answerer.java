package dev.zhiku.rag;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Route;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.cite.CheckedAnswer;
import dev.zhiku.rag.cite.CitationChecker;
import dev.zhiku.rag.collection.CollectionAnswerer;
import dev.zhiku.rag.collection.QueryParser;
import dev.zhiku.rag.collection.RuleQueryParser;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.context.ContextAssembler;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.SentenceSelector;
import dev.zhiku.rag.gate.GateDecision;
import dev.zhiku.rag.gate.RelevanceGate;
import dev.zhiku.rag.prompt.PromptBuilder;
import dev.zhiku.rag.retrieve.CrossLingualRewrite;
import dev.zhiku.rag.retrieve.Retrieval;
import dev.zhiku.rag.retrieve.Retriever;
import java.util.List;
import java.util.function.Function;

/**
 * Answers a question from the knowledge base: retrieve, decide whether the documents hold the answer, give the
 * instant extractive answer, then (when a model is there) stream the model's answer over the selected evidence
 * and check its citations. One call, one answer; nothing travels back and forth.
 */
public final class Answerer {

    /** Below this evidence score no sentence supports an answer (calibrated on dev-eval). */
    public static final double MIN_EVIDENCE = Double.parseDouble(System.getProperty("zhiku.gate.minEvidence", "0.05"));


    private final KnowledgeBase knowledgeBase;
    private final TextGenerator generator;
    private final RagSettings settings;
    private final Function<String, List<String>> memories;
    private final Retriever retriever;
    private final RelevanceGate gate = new RelevanceGate(MIN_EVIDENCE);
    private final QueryParser collectionQuestions;
    private final CollectionAnswerer collection;

    /**
     * @param generator the model, or null for extractive answers only
     * @param memories  relevant facts the user asked Zhiku to remember, for a question (may return empty)
     */
    public Answerer(KnowledgeBase knowledgeBase, TextGenerator generator, RagSettings settings,
                    Function<String, List<String>> memories) {
        this(knowledgeBase, generator, settings, memories, collectionParser(generator),
                java.time.ZoneId.systemDefault());
    }

    /**
     * The rules; with a model and {@code -Dzhiku.collection.parser=model}, the model (constrained JSON) with the
     * rules as fallback. Off by default: the model costs a prompt on every question with a document word, and
     * the rules meet the labelled set (decision 0029).
     */
    private static QueryParser collectionParser(TextGenerator generator) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        RuleQueryParser rules = new RuleQueryParser(clock);
        if (generator != null && "model".equals(System.getProperty("zhiku.collection.parser"))) {
            return new dev.zhiku.rag.collection.ModelQueryParser(generator, rules, clock,
                    dev.zhiku.rag.collection.Vocabulary.standard());
        }
        return rules;
    }

    /**
     * @param collectionQuestions understands questions about the collection as a whole (count, list, mentions, ...)
     * @param zone                the user's time zone, in which the days of those questions begin
     */
    public Answerer(KnowledgeBase knowledgeBase, TextGenerator generator, RagSettings settings,
                    Function<String, List<String>> memories, QueryParser collectionQuestions, java.time.ZoneId zone) {
        this.collectionQuestions = collectionQuestions;
        this.knowledgeBase = knowledgeBase;
        this.generator = generator;
        this.settings = settings;
        this.memories = memories;
        this.retriever = new Retriever(knowledgeBase, settings.candidates(), settings.perSource(),
                CrossLingualRewrite.optIn(generator));
        this.collection = new CollectionAnswerer(knowledgeBase, generator, zone);
    }

    /**
     * Whether a model writes the answers. Without one, answering keeps no state between calls, so several
     * questions can be answered at once.
     */
    public boolean usesModel() {
        return generator != null;
    }

    public AnswerOutcome ask(Question question, AnswerListener listener, GenerationControl control) {
        long t0 = System.nanoTime();
        var query = collectionQuestions.parse(question.text());
        if (query.isPresent()) {
            var answer = collection.answer(query.get(), question.text(), listener, control);
            if (answer.isPresent()) {
                return new AnswerOutcome(answer.get(), new Retrieval(question.text(), List.of(), 0), null,
                        query.get());
            }
        }
        Retrieval retrieval = retriever.retrieve(question);
        listener.onRetrieved(retrieval);
        long e0 = System.nanoTime();
        List<dev.zhiku.core.Hit> pool = retrieval.evidence(settings.evidencePassages());
        List<EvidenceSentence> ranked = SentenceSelector.rank(retrieval.query(), pool, pool.size(),
                knowledgeBase::similarities);
        long evidenceMillis = (System.nanoTime() - e0) / 1_000_000;
        Language language = Language.of(question.text());
        GateDecision decision = dev.zhiku.rag.gate.Quotations.firstAbsent(question.text(), knowledgeBase)
                .map(quoted -> GateDecision.abstain(Wording.neverMentioned(language, quoted)))
                .or(() -> dev.zhiku.rag.gate.NamesTogether.apart(question.text(), knowledgeBase, language)
                        .map(GateDecision::abstain))
                .orElseGet(() -> gate.judge(question.text(), retrieval, ranked,
                        knowledgeBase.termStatistics(question.text())));
        if (!decision.answerable()) {
            long total = (System.nanoTime() - t0) / 1_000_000;
            Answer none = new Answer(Wording.notFound(language, decision.reason()), true, Route.EXTRACTIVE,
                    List.of(), new AnswerTimings(retrieval.millis(), -1, total, 0, evidenceMillis,
                    retrieval.rerankMillis(), retrieval.rewriteMillis(), retrieval.focusMillis()), "");
            return new AnswerOutcome(none, retrieval);
        }
        Answer extractive = ExtractiveAnswerer.answer(ranked, settings.extractive(), settings.contextTokens(),
                retrieval, evidenceMillis, t0);
        listener.onExtractive(extractive);
        if (generator == null || control.isStopped()) {
            return new AnswerOutcome(extractive, retrieval);
        }
        return new AnswerOutcome(generate(question, language, ranked, retrieval, evidenceMillis, listener, control,
                t0), retrieval, extractive);
    }

    private Answer generate(Question question, Language language, List<EvidenceSentence> ranked,
                            Retrieval retrieval, long evidenceMillis, AnswerListener listener,
                            GenerationControl control, long t0) {
        Context context = new ContextAssembler(settings.contextTokens(), generator::countTokens).assemble(ranked, 0);
        List<ChatMessage> history = lastTurns(question.history(), settings.historyTurns());
        List<ChatMessage> messages = PromptBuilder.build(question.text(), language, context, history,
                memories.apply(question.text()));
        GenerationRequest request = GenerationRequest.of(messages).withMaxTokens(settings.answerTokens())
                .withConversation(question.conversationId());
        GenerationResult result = generator.generate(request, listener::onToken, control);
        CheckedAnswer checked = CitationChecker.check(result.text(), context);
        long total = (System.nanoTime() - t0) / 1_000_000;
        long firstToken = retrieval.millis() + result.firstTokenMillis();
        // Never an abstention, whatever the text says: that the documents do not hold the answer is the gate's
        // decision (made above, before the model wrote), and it may send the question to the cloud. A model that
        // declines, or writes without citing, gives an answer that is not supported, and the evidence is offered.
        return new Answer(checked.text(), false, Route.LOCAL, checked.citations(),
                new AnswerTimings(retrieval.millis(), firstToken, total, result.tokensPerSecond(), evidenceMillis,
                        retrieval.rerankMillis(), retrieval.rewriteMillis(), retrieval.focusMillis()),
                generator.id());
    }

    static List<ChatMessage> lastTurns(List<ChatMessage> history, int turns) {
        int keep = Math.min(history.size(), turns * 2);
        return history.subList(history.size() - keep, history.size());
    }
}
