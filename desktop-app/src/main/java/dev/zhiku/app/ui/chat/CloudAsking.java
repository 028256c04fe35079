package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Answer;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.cloud.CloudAnswer;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-asking the cloud about a local answer, for the {@link ChatViewModel}: plan off the UI thread, show a refusal
 * under the answer, ask for consent (unless the policy is automatic or the conversation was allowed), then stream
 * the cloud answer into a new card below the local one. A failure leaves a one-line notice and the local answer.
 * Runs its steps on the UI thread; the slow ones on the chat's answer worker.
 */
final class CloudAsking {

    private static final Logger LOG = LoggerFactory.getLogger(CloudAsking.class);

    /** What a local answer answered: the question, what it was based on (or null) and the conversation. */
    private record Basis(String question, Retrieval retrieval, String conversationId) {
    }

    private final CloudEscalation escalation;
    private final ChatTurns chat;
    private final UiExecutor ui;
    private final Executor worker;
    private final ConversationStore store;
    private final Map<Long, Basis> bases = new HashMap<>();
    private final Set<String> allowed = new HashSet<>();
    private ConsentPrompt prompt = ConsentPrompt.REFUSE;
    /** Incremented when planning is abandoned (Stop, another conversation): late results are then ignored. */
    private long epoch;

    CloudAsking(CloudEscalation escalation, ChatTurns chat, UiExecutor ui, Executor worker,
                ConversationStore store) {
        this.escalation = escalation;
        this.chat = chat;
        this.ui = ui;
        this.worker = worker;
        this.store = store;
    }

    void setPrompt(ConsentPrompt consent) {
        this.prompt = consent == null ? ConsentPrompt.REFUSE : consent;
    }

    /** Whether the conversation may be sent to the cloud without the preview (the user allowed it). */
    boolean allowed(String conversationId) {
        return conversationId != null && allowed.contains(conversationId);
    }

    /** Remembers what a local answer was based on, for a later click on "Ask cloud". */
    void remember(long answerId, String question, Retrieval retrieval, String conversationId) {
        bases.put(answerId, new Basis(question, retrieval, conversationId));
    }

    /** Another conversation is shown: forget the answers of this one and drop any planning under way. */
    void clear() {
        bases.clear();
        epoch++;
    }

    /** Under the automatic policy, whether this local answer goes to the cloud, and why; on the worker thread. */
    Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local) {
        try {
            return escalation.automaticTrigger(question, local);
        } catch (RuntimeException e) {
            LOG.warn("Could not decide whether to ask the cloud automatically", e);
            return Optional.empty();
        }
    }

    /** The user clicked "Ask cloud" under {@code item}; false when that is not possible now. */
    boolean ask(ChatItem item) {
        if (!item.canAskCloud() || item.cloud().phase() == CloudState.Phase.WORKING || chat.isBusy()) {
            return false;
        }
        escalate(item.id(), EscalationTrigger.USER);
        return true;
    }

    /** Plans and (with consent, or at once under the automatic policy) sends the question behind an answer. */
    void escalate(long localId, EscalationTrigger trigger) {
        Basis basis = basisOf(localId);
        if (basis == null) {
            return;
        }
        chat.update(localId, i -> i.withCloud(i.cloud().working()));
        chat.hold();
        long planned = epoch;
        Question question = new Question(basis.question(), null, List.of(), basis.conversationId());
        worker.execute(() -> {
            EscalationPlan plan;
            EscalationPolicy policy;
            try {
                policy = escalation.policy();
                plan = escalation.plan(question, basis.retrieval(), trigger);
            } catch (RuntimeException e) {
                LOG.warn("Could not prepare the cloud request", e);
                String reason = ErrorText.of(e);
                ui.onUi(() -> {
                    if (planned == epoch) {
                        settle(localId, CloudState.Notice.FAILED, reason);
                    }
                });
                return;
            }
            ui.onUi(() -> {
                if (planned == epoch) {
                    planned(localId, basis, plan, policy);
                }
            });
        });
    }

    /** Stop was pressed while a request was being prepared: nothing is sent. */
    void abandon() {
        epoch++;
        for (ChatItem item : List.copyOf(chat.items())) {
            if (item.cloud().phase() == CloudState.Phase.WORKING) {
                chat.update(item.id(), i -> i.withCloud(i.cloud().idle(CloudState.Notice.NOT_SENT, "")));
            }
        }
        chat.unhold();
    }

    private void planned(long localId, Basis basis, EscalationPlan plan, EscalationPolicy policy) {
        if (chat.onScreen().indexOf(localId) < 0) {
            chat.unhold();
            return;
        }
        switch (plan) {
            case EscalationPlan.Refused refused -> settle(localId, CloudState.Notice.REFUSED, refused.reason());
            case EscalationPlan.Ready ready -> {
                if (!CloudEscalation.needsConsent(policy, allowed(basis.conversationId()))) {
                    send(localId, basis, ready.request());
                } else {
                    long asked = epoch;
                    prompt.ask(ready.request(), decision -> {
                        if (asked == epoch) {
                            decided(localId, basis, decision);
                        }
                    });
                }
            }
        }
    }

    private void decided(long localId, Basis basis, ConsentDecision decision) {
        if (!decision.send() || chat.onScreen().indexOf(localId) < 0) {
            settle(localId, CloudState.Notice.NOT_SENT, "");
            return;
        }
        if (decision.allowConversation() && basis.conversationId() != null) {
            allowed.add(basis.conversationId());
        }
        send(localId, basis, decision.request());
    }

    private void send(long localId, Basis basis, CloudRequest request) {
        ChatItem pending = ChatItem.pendingCloud(chat.onScreen().newId(), request.model(), request.trigger());
        chat.onScreen().insertAfter(localId, pending);
        AnswerTurn turn = new AnswerTurn(pending.id(), ui, chat::update);
        chat.begin(turn);
        worker.execute(() -> {
            try {
                CloudAnswer cloud = escalation.send(request, turn, turn.control());
                Answer answer = cloud.answer();
                keep(basis.conversationId(), answer);
                ui.onUi(() -> {
                    chat.finishTurn(turn, answer);
                    chat.update(localId, i -> i.withCloud(i.cloud().answered()));
                });
            } catch (RuntimeException e) {
                String reason = ErrorText.of(e);
                LOG.warn("The cloud answer failed: {}", reason);
                ui.onUi(() -> failed(localId, turn, reason));
            }
        });
    }

    /** Stores the cloud answer in the conversation, like every other answer; a failure only costs the record. */
    private void keep(String conversationId, Answer answer) {
        if (store == null || conversationId == null) {
            return;
        }
        try {
            store.appendAnswer(conversationId, answer);
        } catch (RuntimeException e) {
            LOG.warn("Could not store the cloud answer in conversation {}", conversationId, e);
        }
    }

    private void failed(long localId, AnswerTurn turn, String reason) {
        if (turn.control().isStopped()) {
            chat.update(turn.itemId(), i -> i.isStreaming() ? i.withState(ChatItem.State.STOPPED) : i);
            chat.release(turn);
            settle(localId, CloudState.Notice.NONE, "");
            return;
        }
        chat.onScreen().remove(turn.itemId());
        chat.release(turn);
        settle(localId, CloudState.Notice.FAILED, reason);
    }

    private void settle(long localId, CloudState.Notice notice, String detail) {
        chat.update(localId, i -> i.withCloud(i.cloud().idle(notice, detail)));
        chat.unhold();
    }

    /** What the answer with this id answered: remembered, or the question above it (a stored conversation). */
    private Basis basisOf(long answerId) {
        Basis known = bases.get(answerId);
        if (known != null) {
            return known;
        }
        int index = chat.onScreen().indexOf(answerId);
        for (int i = index - 1; i >= 0; i--) {
            ChatItem item = chat.items().get(i);
            if (item.kind() == ChatItem.Kind.QUESTION) {
                return new Basis(item.text(), null, chat.conversationIdProperty().get());
            }
        }
        return null;
    }
}
