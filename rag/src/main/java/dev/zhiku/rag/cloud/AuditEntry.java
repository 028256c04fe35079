package dev.zhiku.rag.cloud;

import java.time.Instant;

/**
 * One request that left the PC.
 *
 * @param id             the entry's number
 * @param at             when it was sent
 * @param endpoint       the address it went to
 * @param model          the model asked
 * @param payload        the exact request body that was sent (JSON, after redaction)
 * @param promptTokens   estimated tokens of the payload
 * @param answerTokens   tokens of the answer received (0 when none arrived)
 * @param outcome        {@code sending}, {@code answered}, {@code stopped} or {@code failed: <reason>}
 * @param trigger        why it was sent ({@link EscalationTrigger} name)
 * @param conversationId the conversation it belongs to, or empty
 */
public record AuditEntry(long id, Instant at, String endpoint, String model, String payload, int promptTokens,
                         int answerTokens, String outcome, String trigger, String conversationId) {
}
