package dev.zhiku.rag.cloud;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Route;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.cite.CheckedAnswer;
import dev.zhiku.rag.cite.CitationChecker;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.context.ContextAssembler;
import dev.zhiku.rag.evidence.EvidenceSentence;
import dev.zhiku.rag.evidence.SentenceSelector;
import dev.zhiku.rag.prompt.PromptBuilder;
import dev.zhiku.rag.redact.Redaction;
import dev.zhiku.rag.redact.Redactor;
import dev.zhiku.rag.retrieve.Retrieval;
import dev.zhiku.rag.retrieve.Retriever;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local/cloud router's cloud half: prepares what may leave the PC and sends it.
 *
 * <ol>
 *   <li><b>Minimize</b>: only the question and the selected evidence sentences are sent — never whole files, earlier
 *   turns or remembered facts. Sources in private folders are dropped; when the answer rests only on them, the
 *   escalation is refused with the reason.</li>
 *   <li><b>Redact</b>: e-mail addresses, phone numbers, ID and card numbers, IPs, secrets and the user's terms
 *   become placeholders; the cloud's answer is restored on this PC, while it streams.</li>
 *   <li><b>Audit</b>: the exact request body is written to the {@link AuditLog} before it leaves.</li>
 * </ol>
 * Consent is the caller's part, by the rule of {@link CloudEscalation#needsConsent}: under {@link EscalationPolicy#ASK}
 * the preview of {@link #plan} is shown and {@link #send} runs only after the user agreed. Callers go through
 * {@link EscalationFlow}.
 */
public final class Escalator {

    private static final Logger LOG = LoggerFactory.getLogger(Escalator.class);

    /** Most tokens of evidence sent to the cloud (its context is larger than the local model's). */
    private static final int CLOUD_EVIDENCE_TOKENS = 1_500;
    /** Most tokens of the cloud's answer. */
    private static final int CLOUD_ANSWER_TOKENS = 1_024;

    private final KnowledgeBase knowledgeBase;
    private final RagSettings settings;
    private final Supplier<CloudConfig> config;
    private final SecretStore secrets;
    private final AuditLog audit;
    private final CloudConnector connector;
    private final Retriever retriever;

    public Escalator(KnowledgeBase knowledgeBase, RagSettings settings, Supplier<CloudConfig> config,
                     SecretStore secrets, AuditLog audit, CloudConnector connector) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
        this.config = config;
        this.secrets = secrets;
        this.audit = audit;
        this.connector = connector;
        this.retriever = new Retriever(knowledgeBase, settings.candidates(), settings.perSource());
    }

    /**
     * Whether the automatic policy should send this question to the cloud, and why: the relevance gate abstained,
     * there is no local model, or the question alone is too long for the local model's context.
     */
    public Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local,
                                                        TextGenerator localModel) {
        CloudConfig cloud = config.get();
        if (cloud.policy() != EscalationPolicy.AUTO || !cloud.isConfigured()) {
            return Optional.empty();
        }
        if (localModel == null) {
            return Optional.of(EscalationTrigger.NO_LOCAL_MODEL);
        }
        if (tooBigForLocal(question, localModel)) {
            return Optional.of(EscalationTrigger.CONTEXT_TOO_BIG);
        }
        if (local != null && local.answer().abstained()) {
            return Optional.of(EscalationTrigger.ABSTAINED);
        }
        return Optional.empty();
    }

    /** Whether the question with the evidence budget and an answer cannot fit the local model's context. */
    public boolean tooBigForLocal(Question question, TextGenerator localModel) {
        int needed = TokenEstimate.of(question.text()) + settings.contextTokens() + settings.answerTokens() + 200;
        return needed > localModel.contextLength();
    }

    /**
     * Prepares the request: what would be sent, or why nothing may be.
     *
     * @param retrieval what the local answer was based on, or null to search now
     */
    public EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger) {
        CloudConfig cloud = config.get();
        Language language = Language.of(question.text());
        if (cloud.policy() == EscalationPolicy.NEVER) {
            return new EscalationPlan.Refused(language == Language.ZH
                    ? "云端提问已关闭（设置 › 云端）；没有发送任何内容。"
                    : "Cloud questions are off (Settings › Cloud); nothing was sent.");
        }
        if (!cloud.isConfigured() || !cloud.addressProblem().isEmpty()) {
            return new EscalationPlan.Refused(language == Language.ZH
                    ? "还没有设置云端服务（设置 › 云端）；没有发送任何内容。"
                    : "No cloud service is set up yet (Settings › Cloud); nothing was sent.");
        }
        PrivateFolders privateFolders;
        try {
            privateFolders = new PrivateFolders(knowledgeBase.privateFolders());
        } catch (RuntimeException e) {
            LOG.warn("cannot read which folders are private; refusing to send", e);
            return new EscalationPlan.Refused(language == Language.ZH
                    ? "无法确认哪些文件夹是私密的，因此没有发送任何内容。"
                    : "Cannot tell which folders are private right now, so nothing was sent.");
        }
        Retrieval found = retrieval != null ? retrieval : retriever.retrieve(question);
        List<dev.zhiku.core.Hit> pool = found.evidence(settings.evidencePassages());
        List<EvidenceSentence> ranked = SentenceSelector.rank(found.query(), pool, pool.size());
        List<EvidenceSentence> open = new ArrayList<>();
        Set<String> withheld = new HashSet<>();
        for (EvidenceSentence s : ranked) {
            if (privateFolders.contains(s.hit().passage().path())) {
                withheld.add(s.hit().passage().id());
            } else {
                open.add(s);
            }
        }
        // only sentences that bear on the question leave, not their neighbours
        List<EvidenceSentence> relevant = open.stream().filter(s -> s.coverage() >= Answerer.MIN_EVIDENCE).toList();
        // what the answer rests on: the best sentences, those the local answer quotes
        List<EvidenceSentence> basis = ranked.stream().filter(s -> s.coverage() >= Answerer.MIN_EVIDENCE)
                .limit(settings.extractive()).toList();
        if (!basis.isEmpty() && basis.stream().allMatch(s -> privateFolders.contains(s.hit().passage().path()))) {
            return new EscalationPlan.Refused(language == Language.ZH
                    ? "这个问题的答案只来自标为私密的文件夹，私密内容绝不发送到云端；没有发送任何内容。"
                    : "The answer rests only on documents in folders marked private, which never leave this PC;"
                            + " nothing was sent.");
        }
        int budget = Math.min(CLOUD_EVIDENCE_TOKENS, Math.max(200, cloud.contextLength() / 4));
        Context context = new ContextAssembler(budget).assemble(relevant, 0);
        List<ChatMessage> plain = PromptBuilder.buildForCloud(question.text(), language, context);
        Redactor redactor = Redactor.standard(cloud.redactTerms());
        Redaction redaction = redactor.redact(plain.getLast().content());
        List<ChatMessage> messages = List.of(plain.getFirst(), ChatMessage.user(redaction.text()));
        return new EscalationPlan.Ready(new CloudRequest(question.text(), question.conversationId(), trigger,
                OpenAiCompatibleGenerator.endpointOf(cloud.baseUri()), cloud.model(), messages, context, redaction,
                withheld.size(), language, false));
    }

    /**
     * The request with the user's edit of the user message. The edit is redacted again (so a value typed in is
     * replaced too), and placeholders already in it keep their meaning.
     */
    public CloudRequest edit(CloudRequest request, String editedUserText) {
        Redactor redactor = Redactor.standard(config.get().redactTerms());
        String restored = redactor.restore(editedUserText, request.redaction());
        Redaction redaction = redactor.redact(restored);
        List<ChatMessage> messages = List.of(request.messages().getFirst(), ChatMessage.user(redaction.text()));
        return new CloudRequest(request.question(), request.conversationId(), request.trigger(), request.endpoint(),
                request.model(), messages, request.context(), redaction, request.withheldPrivate(),
                request.language(), true);
    }

    /**
     * Sends the request and returns the restored, citation-checked answer; {@code listener} receives the restored
     * text as it streams. Failures (refused key, rate limit, network down, timeout, dropped stream) are one-line
     * {@link GenerationException}s, recorded in the audit log; the caller keeps the local answer.
     */
    public CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control) {
        long t0 = System.nanoTime();
        CloudConfig cloud = config.get();
        if (cloud.policy() == EscalationPolicy.NEVER || !Outbound.cloudAllowed()) {
            throw new GenerationException("cloud questions are off in Settings; nothing was sent");
        }
        String key = secrets.get(SecretStore.CLOUD_API_KEY).orElse("");
        Redactor redactor = Redactor.standard(cloud.redactTerms());
        AtomicLong auditId = new AtomicLong(-1);
        AtomicLong sentAt = new AtomicLong();
        RequestObserver observer = (endpoint, model, body, promptTokens) -> {
            auditId.set(audit.recordSending(endpoint.toString(), model, body, promptTokens, request.trigger(),
                    request.conversationId()));
            sentAt.set(System.nanoTime());
        };
        RestoringSink sink = new RestoringSink(listener::onToken, redactor, request.redaction());
        GenerationResult result;
        long received;
        try (TextGenerator generator = connector.open(cloud.settings(key), observer)) {
            GenerationRequest generation = GenerationRequest.of(request.messages()).withMaxTokens(CLOUD_ANSWER_TOKENS);
            result = generator.generate(generation, sink, control);
            received = System.nanoTime();
        } catch (Exception e) {
            if (auditId.get() >= 0) {
                audit.complete(auditId.get(), 0, "failed: " + e.getMessage());
            }
            throw e instanceof GenerationException g ? g
                    : new GenerationException("the cloud answer failed: " + e.getMessage(), e);
        }
        sink.finish();
        String restored = redactor.restore(result.text(), request.redaction());
        CheckedAnswer checked = CitationChecker.check(restored, request.context());
        // The cloud's words decide nothing: an answer that cites none of the sources is shown as not supported.
        String text = checked.text();
        long remote = sentAt.get() == 0 ? 0 : (received - sentAt.get()) / 1_000_000;
        audit.complete(auditId.get(), result.generatedTokens(),
                result.finish() == GenerationResult.FinishReason.STOPPED ? "stopped" : "answered");
        long total = (System.nanoTime() - t0) / 1_000_000;
        long firstToken = result.firstTokenMillis();
        Answer answer = new Answer(text, false, Route.CLOUD, checked.citations(),
                new AnswerTimings(0, firstToken, total, result.tokensPerSecond()), cloud.model());
        return new CloudAnswer(answer, auditId.get(), Math.max(0, total - remote), remote);
    }
}
