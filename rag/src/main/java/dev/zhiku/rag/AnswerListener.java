package dev.zhiku.rag;

import dev.zhiku.core.Answer;
import dev.zhiku.rag.retrieve.Retrieval;

/** Follows an answer as it is made; called on the answering thread, so implementations must be quick. */
public interface AnswerListener {

    AnswerListener NONE = new AnswerListener() { };

    /** The passages were found. */
    default void onRetrieved(Retrieval retrieval) {
    }

    /** The instant extractive answer, shown while a model writes its own. */
    default void onExtractive(Answer answer) {
    }

    /** Progress of a long task (summarising a document part by part). */
    default void onProgress(int done, int total) {
    }

    /** A piece of the model's answer. */
    default void onToken(String piece) {
    }
}
