package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.Route;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.cloud.CloudAnswer;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.rag.cloud.CloudRequest;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.redact.Redactor;
import dev.zhiku.rag.retrieve.Retrieval;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cloud for ViewModel tests without a network: plans a request (or refuses), streams a scripted answer (or fails),
 * and records what it was asked. The TestFX tests use the real escalator against a server on loopback.
 */
final class ScriptedCloud implements CloudEscalation {

    final List<CloudRequest> sent = new ArrayList<>();
    final List<EscalationTrigger> planned = new ArrayList<>();
    EscalationPolicy policy = EscalationPolicy.ASK;
    String refusal;
    String failure;
    EscalationTrigger automatic;
    List<String> tokens = List.of("The cloud ", "says 30 days [1].");
    List<Citation> citations = List.of();
    /** When set, streams one piece, counts down and waits for Stop before answering with what it has. */
    java.util.concurrent.CountDownLatch streaming;

    @Override
    public EscalationPolicy policy() {
        return policy;
    }

    @Override
    public Optional<EscalationTrigger> automaticTrigger(Question question, AnswerOutcome local) {
        return policy == EscalationPolicy.AUTO ? Optional.ofNullable(automatic) : Optional.empty();
    }

    @Override
    public EscalationPlan plan(Question question, Retrieval retrieval, EscalationTrigger trigger) {
        planned.add(trigger);
        if (refusal != null) {
            return new EscalationPlan.Refused(refusal);
        }
        String user = "Sources:\n[1] mail me at [EMAIL_1]\n\nQuestion: " + question.text();
        return new EscalationPlan.Ready(new CloudRequest(question.text(), question.conversationId(), trigger,
                URI.create("https://api.example.com/v1/chat/completions"), "example-chat",
                List.of(ChatMessage.system("Answer from the sources."), ChatMessage.user(user)),
                new Context(List.of(), 0), Redactor.standard(List.of()).redact(user), 0, Language.EN, false));
    }

    @Override
    public CloudRequest edit(CloudRequest request, String editedUserText) {
        return request;
    }

    @Override
    public CloudAnswer send(CloudRequest request, AnswerListener listener, GenerationControl control) {
        sent.add(request);
        if (failure != null) {
            throw new GenerationException(failure);
        }
        if (streaming != null) {
            listener.onToken("partial cloud");
            streaming.countDown();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!control.isStopped() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return new CloudAnswer(new Answer("partial cloud", false, Route.CLOUD, List.of(),
                    new AnswerTimings(0, 5, 9, 1), request.model()), 1, 1, 8);
        }
        tokens.forEach(listener::onToken);
        Answer answer = new Answer(String.join("", tokens), false, Route.CLOUD, citations,
                new AnswerTimings(0, 40, 90, 50), request.model());
        return new CloudAnswer(answer, 1, 5, 85);
    }
}
