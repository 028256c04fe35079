package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.cloud.EscalationTrigger;

/**
 * Where an answer stands with the cloud: for a local or extractive answer, whether it may still be re-asked and what
 * the last attempt left to say; for a cloud answer, why it was sent.
 *
 * @param phase   whether a cloud answer is being prepared or already came back
 * @param notice  the one-line notice under the answer, if any
 * @param detail  the notice's particulars: the refusal reason or the failure, as given by the escalator
 * @param trigger for a cloud answer, why it was sent; null for other answers
 */
public record CloudState(Phase phase, Notice notice, String detail, EscalationTrigger trigger) {

    /** Whether the cloud is being asked about this answer. */
    public enum Phase {
        /** Nothing under way: "Ask cloud" may be clicked. */
        IDLE,
        /** Planning, waiting for consent or streaming: the button is disabled. */
        WORKING,
        /** A cloud answer came back for this answer: the button is gone. */
        ANSWERED
    }

    /** The one line shown under an answer after an attempt. */
    public enum Notice {
        NONE,
        /** Nothing may be sent; {@link #detail} is the reason. */
        REFUSED,
        /** The cloud answer failed; {@link #detail} is the failure. The local answer stands. */
        FAILED,
        /** The user cancelled the preview; nothing was sent. */
        NOT_SENT
    }

    public static final CloudState NONE = new CloudState(Phase.IDLE, Notice.NONE, "", null);

    public CloudState {
        detail = detail == null ? "" : detail;
    }

    /** The state of a cloud answer sent for {@code why}. */
    static CloudState sentFor(EscalationTrigger why) {
        return new CloudState(Phase.IDLE, Notice.NONE, "", why);
    }

    CloudState working() {
        return new CloudState(Phase.WORKING, Notice.NONE, "", trigger);
    }

    CloudState answered() {
        return new CloudState(Phase.ANSWERED, Notice.NONE, "", trigger);
    }

    CloudState idle(Notice shown, String why) {
        return new CloudState(Phase.IDLE, shown, why, trigger);
    }
}
