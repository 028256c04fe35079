package dev.zhiku.app.ui.chat;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.cloud.CloudAnswer;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.cloud.Escalator;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the chat needs of the cloud half of the router: the {@link Escalator} in the app, a script in tests. Every
 * method may block (it reads settings, searches, or talks to the network): call it on a worker thread.
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

    /** The user's policy now. */
    EscalationPolicy policy();

    /** Under the automatic policy: whether (and why) this local answer should go to the cloud. */
    Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local);

    /** See {@link Escalator#plan}. */
    EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger);

    /** See {@link Escalator#edit}. */
    CloudRequest edit(CloudRequest request, String editedUserText);

    /** See {@link Escalator#send}. */
    CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control);

    /**
     * Over the app's escalator, settings and local model, each obtained when first needed (opening the knowledge
     * base or loading the model takes time).
     */
    static CloudEscalation over(Supplier<Escalator> escalator, Supplier<CloudConfig> config,
                                Supplier<TextGenerator> localModel) {
        return new CloudEscalation() {
            @Override
            public EscalationPolicy policy() {
                return config.get().policy();
            }

            @Override
            public Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local) {
                if (config.get().policy() != EscalationPolicy.AUTO) {
                    return Optional.empty();
                }
                return escalator.get().automaticTrigger(question, local, localModel.get());
            }

            @Override
            public EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger) {
                return escalator.get().plan(question, retrieval, trigger);
            }

            @Override
            public CloudRequest edit(CloudRequest request, String editedUserText) {
                return escalator.get().edit(request, editedUserText);
            }

            @Override
            public CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control) {
                return escalator.get().send(request, listener, control);
            }
        };
    }
}
