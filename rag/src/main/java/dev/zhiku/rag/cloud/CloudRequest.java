package dev.zhiku.rag.cloud;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.text.TokenEstimate;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.context.Context;
import dev.zhiku.rag.redact.Finding;
import dev.zhiku.rag.redact.Kind;
import dev.zhiku.rag.redact.Redaction;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exactly what would leave the PC, for the consent preview: the messages after minimization and redaction, where
 * they go, and how much was held back.
 *
 * @param question        the user's question as typed (stays on the PC)
 * @param conversationId  the conversation, or null
 * @param trigger         why the cloud is asked
 * @param endpoint        the address the request goes to
 * @param model           the cloud model
 * @param messages        the messages sent, after redaction
 * @param context         the numbered sources the messages quote (for citations; stays on the PC)
 * @param redaction       what was replaced in the user message, to restore the answer (stays on the PC)
 * @param withheldPrivate sources left out because they are in private folders
 * @param language        the question's language
 * @param edited          whether the user changed the text in the preview
 */
public record CloudRequest(String question, String conversationId, EscalationTrigger trigger, URI endpoint,
                           String model, List<ChatMessage> messages, Context context, Redaction redaction,
                           int withheldPrivate, Language language, boolean edited) {

    public CloudRequest {
        messages = List.copyOf(messages);
    }

    /** The text that is sent, message by message, exactly as it leaves (what the preview shows). */
    public String payloadText() {
        StringBuilder out = new StringBuilder();
        for (ChatMessage m : messages) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append("── ").append(m.role().name().toLowerCase(Locale.ROOT)).append(" ──\n").append(m.content());
        }
        return out.toString();
    }

    /** The user message: sources and question (the part the preview lets the user edit). */
    public String userText() {
        return messages.getLast().content();
    }

    /** Estimated tokens of everything sent. */
    public int tokenEstimate() {
        int tokens = 0;
        for (ChatMessage m : messages) {
            tokens += TokenEstimate.of(m.content()) + 4;
        }
        return tokens;
    }

    /** How many values of each kind were replaced by placeholders. */
    public Map<Kind, Integer> redactedCounts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Finding f : redaction.findings()) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of sources quoted. */
    public int sourcesSent() {
        return context.sources().size();
    }

    /** Host (and port) of the destination, as shown to the user. */
    public String destination() {
        return endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
    }
}
