package dev.zhiku.rag.cloud;

/** Why a question goes to the cloud model. */
public enum EscalationTrigger {
    /** The user clicked "Ask cloud". */
    USER,
    /** The documents did not hold a good enough answer for the local model (the relevance gate abstained). */
    ABSTAINED,
    /** No local model is installed or chosen. */
    NO_LOCAL_MODEL,
    /** The question is longer than the local model's context can take. */
    CONTEXT_TOO_BIG
}
