package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.cloud.CloudRequest;
import java.util.function.Consumer;

/**
 * Asks the person whether a request may leave the PC, showing exactly what would be sent: the consent dialog in the
 * app, a script in tests. Called on the UI thread; {@code decision} is called once, on the UI thread.
 */
@FunctionalInterface
public interface ConsentPrompt {

    /** Refuses everything: what the chat uses until a view gives it a real prompt. */
    ConsentPrompt REFUSE = (request, decision) -> decision.accept(ConsentDecision.cancelled(request));

    void ask(CloudRequest request, Consumer<ConsentDecision> decision);
}
