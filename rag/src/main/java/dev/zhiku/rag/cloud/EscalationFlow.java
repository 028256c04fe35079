package dev.zhiku.rag.cloud;

import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.retrieve.Retrieval;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The escalation flow of {@code zhiku ask} and of the window's chat, over the home's {@link Escalator} (to the cloud
 * service, or to a server on the network through the cloud path), the user's settings and the local model. Each is
 * obtained when first needed: opening the knowledge base or loading the model takes time, and a question that never
 * goes to the cloud opens no key store or audit log.
 */
public final class EscalationFlow implements CloudEscalation {

    private final Supplier<Escalator> escalator;
    private final Supplier<CloudConfig> config;
    private final Supplier<TextGenerator> localModel;

    /**
     * @param escalator  the cloud path; asked for on each use (the window's changes when another model is chosen)
     * @param config     the user's cloud settings, read fresh
     * @param localModel the model of the local answer, or a supplier of null when there is none
     */
    public EscalationFlow(Supplier<Escalator> escalator, Supplier<CloudConfig> config,
                          Supplier<TextGenerator> localModel) {
        this.escalator = escalator;
        this.config = config;
        this.localModel = localModel;
    }

    @Override
    public EscalationPolicy policy() {
        return config.get().policy();
    }

    @Override
    public Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local) {
        if (policy() != EscalationPolicy.AUTO) {
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
}
