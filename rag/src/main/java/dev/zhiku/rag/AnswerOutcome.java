package dev.zhiku.rag;

import dev.zhiku.core.Answer;
import dev.zhiku.rag.retrieve.Retrieval;

/**
 * An answer with the retrieval behind it (for "related documents" and evaluation).
 *
 * @param answer    the answer
 * @param retrieval what the knowledge base returned
 */
public record AnswerOutcome(Answer answer, Retrieval retrieval) {
}
