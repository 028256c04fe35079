package dev.zhiku.rag.cloud;

import java.util.Locale;

/** When a question may go to the cloud model. */
public enum EscalationPolicy {
    /** Never: nothing leaves the PC (the outbound gate refuses cloud requests). */
    NEVER,
    /** Only when the user clicks "Ask cloud" and agrees to the preview (the default). */
    ASK,
    /** Automatically when the local answer is weak; every request is still minimized, redacted and audited. */
    AUTO;

    /** The policy named by {@code text} (any case), or {@link #ASK} for anything else. */
    public static EscalationPolicy parse(String text) {
        try {
            return text == null ? ASK : valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ASK;
        }
    }
}
