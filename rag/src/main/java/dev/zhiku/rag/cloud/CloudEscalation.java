package dev.zhiku.rag.cloud;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.Optional;

/**
 * Asking the cloud about a local answer, as the command line and the window's chat do it: decide whether to
 * escalate ({@link #decide}), plan what would leave ({@link #plan}), ask the user's consent when
 * {@link #needsConsent} says so (the caller shows the preview: a dialog, or the terminal's {@code [y/N]}), then
 * {@link #send}. {@link EscalationFlow} is the implementation over the {@link Escalator}; the chat's ViewModel tests
 * script it. Every method may block (it reads settings, searches, or talks to the network): call it on a worker
 * thread.
 */
public interface CloudEscalation {

    /** No cloud at all: the policy is "never" and nothing is ever planned. */
    CloudEscalation NONE = new CloudEscalation() {
        @Override
        public EscalationPolicy policy() {
            return EscalationPolicy.NEVER;
        }

        @Override
        public Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local) {
            return Optional.empty();
        }

        @Override
        public EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger) {
            return new EscalationPlan.Refused("Cloud questions are off; nothing was sent.");
        }

        @Override
        public CloudRequest edit(CloudRequest request, String editedUserText) {
            return request;
        }

        @Override
        public CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control) {
            throw new GenerationException("cloud questions are off; nothing was sent");
        }
    };

    /**
     * The consent rule, the one place it is written: a planned request is sent without the preview only under the
     * automatic policy, or when the user already agreed ({@code zhiku ask --yes}, "allow for this conversation" in
     * the window). Under "never" nothing is planned at all.
     */
    static boolean needsConsent(EscalationPolicy policy, boolean allowedByUser) {
        return policy != EscalationPolicy.AUTO && !allowedByUser;
    }

    /** The user's policy now. */
    EscalationPolicy policy();

    /** Under the automatic policy: whether (and why) this local answer should go to the cloud. */
    Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local);

    /**
     * The escalation decision: the user asked for the cloud ({@link EscalationTrigger#USER}), or else what
     * {@link #automaticTrigger} finds in the local answer.
     */
    default Optional<EscalationTrigger> decide(boolean userAsked, Question question, AnswerOutcome local) {
        return userAsked ? Optional.of(EscalationTrigger.USER) : automaticTrigger(question, local);
    }

    /** See {@link Escalator#plan}. */
    EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger);

    /** See {@link Escalator#edit}. */
    CloudRequest edit(CloudRequest request, String editedUserText);

    /** See {@link Escalator#send}. */
    CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control);
}
