package dev.zhiku.rag;

import dev.zhiku.core.Answer;
import dev.zhiku.rag.collection.CollectionQuery;
import dev.zhiku.rag.retrieve.Retrieval;

/**
 * An answer with the retrieval behind it (for "related documents" and evaluation).
 *
 * @param answer    the answer
 * @param retrieval what the knowledge base returned
 * @param evidence  the extractive answer (the documents' own sentences, cited) when a model wrote {@code answer};
 *                  offered in its place when the model's answer is not {@linkplain Answer#supported() supported};
 *                  null otherwise
 * @param query     the structured query run for a question about the collection ({@code ask --json} shows it),
 *                  or null for an ordinary question
 */
public record AnswerOutcome(Answer answer, Retrieval retrieval, Answer evidence, CollectionQuery query) {

    public AnswerOutcome(Answer answer, Retrieval retrieval, Answer evidence) {
        this(answer, retrieval, evidence, null);
    }

    public AnswerOutcome(Answer answer, Retrieval retrieval) {
        this(answer, retrieval, null, null);
    }
}
