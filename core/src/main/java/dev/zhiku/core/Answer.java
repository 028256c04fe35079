package dev.zhiku.core;

import java.util.List;

/**
 * An answer to a question, with its evidence.
 *
 * @param text       the answer, citing sources as [n]
 * @param abstained  whether the documents did not hold the answer (the text then says so): decided by the relevance
 *                   gate before any model writes, never from what a model wrote
 * @param route      where the answer came from
 * @param citations  the sources cited in the text, by number
 * @param timings    how long each step took
 * @param model      the model that wrote the answer, or empty for extractive answers
 */
public record Answer(String text, boolean abstained, Route route, List<Citation> citations, AnswerTimings timings,
                     String model) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /**
     * Whether the answer rests on the documents. Extractive answers and abstentions do (they are the documents'
     * own sentences, or say that none holds the answer); an answer a model wrote only when at least one of its
     * [n] citations points at a source it was given. An unsupported answer is shown as such, never as grounded.
     */
    public boolean supported() {
        return abstained || route == Route.EXTRACTIVE || !citations.isEmpty();
    }
}
