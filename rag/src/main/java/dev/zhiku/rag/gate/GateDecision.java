package dev.zhiku.rag.gate;

/**
 * Whether the documents can answer a question.
 *
 * @param answerable true to answer, false to say the documents do not hold the answer
 * @param reason     why not (shown to the user), or empty
 */
public record GateDecision(boolean answerable, String reason) {

    public static GateDecision answer() {
        return new GateDecision(true, "");
    }

    public static GateDecision abstain(String reason) {
        return new GateDecision(false, reason);
    }
}
