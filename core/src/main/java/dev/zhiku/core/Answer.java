package dev.zhiku.core;

import java.util.List;

/**
 * An answer to a question, with its evidence.
 *
 * @param text       the answer, citing sources as [n]
 * @param abstained  whether the documents did not hold the answer (the text then says so)
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
}
