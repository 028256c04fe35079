package dev.zhiku.rag.cloud;

import dev.zhiku.core.Answer;

/**
 * The cloud model's answer, restored and checked.
 *
 * @param answer         the answer (route CLOUD), placeholders replaced by the originals, citations verified
 * @param auditId        the audit-log entry of the request
 * @param overheadMillis time spent on this PC: preparing, redacting, restoring, checking, auditing — everything
 *                       except waiting for the remote model
 * @param remoteMillis   from sending the request to the last byte of the answer
 */
public record CloudAnswer(Answer answer, long auditId, long overheadMillis, long remoteMillis) {
}
