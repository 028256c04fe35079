package dev.zhiku.rag.cloud;

/** The outcome of preparing an escalation: a request ready for the preview, or why nothing may be sent. */
public sealed interface EscalationPlan {

    /** A request that may be sent once the user agrees (or at once under the automatic policy). */
    record Ready(CloudRequest request) implements EscalationPlan {
    }

    /** Nothing may be sent; {@code reason} is one sentence for the user. */
    record Refused(String reason) implements EscalationPlan {
    }
}
