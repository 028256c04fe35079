package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.rag.Question;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The escalation decision and the consent rule that {@code zhiku ask} and the window's chat share. The flow over a
 * real escalator on a real index is tested by {@link EscalatorTest}, the CLI's and the window's use of it by their
 * own tests.
 */
class EscalationFlowTest {

    @Test
    void onlyTheAutomaticPolicyOrTheUsersAgreementSkipsThePreview() {
        assertAll(() -> assertTrue(CloudEscalation.needsConsent(EscalationPolicy.ASK, false)),
                () -> assertFalse(CloudEscalation.needsConsent(EscalationPolicy.ASK, true)),
                () -> assertFalse(CloudEscalation.needsConsent(EscalationPolicy.AUTO, false)),
                () -> assertFalse(CloudEscalation.needsConsent(EscalationPolicy.AUTO, true)),
                () -> assertTrue(CloudEscalation.needsConsent(EscalationPolicy.NEVER, false)));
    }

    @Test
    void aUserRequestIsDecidedWithoutOpeningTheCloudPath() {
        AtomicInteger opened = new AtomicInteger();
        EscalationFlow flow = new EscalationFlow(counting(opened), () -> CloudConfig.defaults()
                .withPolicy(EscalationPolicy.AUTO), () -> null);
        assertAll(() -> assertEquals(Optional.of(EscalationTrigger.USER),
                        flow.decide(true, Question.of("what is the budget?"), null)),
                () -> assertEquals(0, opened.get()));
    }

    @Test
    void underAskNothingIsEscalatedAutomaticallyAndTheCloudPathStaysClosed() {
        AtomicInteger opened = new AtomicInteger();
        EscalationFlow flow = new EscalationFlow(counting(opened), () -> CloudConfig.defaults()
                .withPolicy(EscalationPolicy.ASK).withService("https://api.example.com/v1", "m"), () -> null);
        assertAll(() -> assertEquals(EscalationPolicy.ASK, flow.policy()),
                () -> assertEquals(Optional.empty(), flow.decide(false, Question.of("what is the budget?"), null)),
                () -> assertEquals(0, opened.get()));
    }

    private static Supplier<Escalator> counting(AtomicInteger opened) {
        return () -> {
            opened.incrementAndGet();
            throw new AssertionError("the cloud path was opened");
        };
    }
}
