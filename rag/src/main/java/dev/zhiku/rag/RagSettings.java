package dev.zhiku.rag;

/**
 * Tuning of the answering pipeline, chosen for a fast first token on a 2-core laptop.
 *
 * @param candidates       passages fetched from the knowledge base
 * @param perSource        most passages of one source among the candidates (diversity)
 * @param evidencePassages passages whose sentences are considered as evidence
 * @param contextTokens    token budget of the evidence given to the model, counted in that model's own tokens and
 *                         covering the source tags as well as the excerpts (600 gives a Qwen-vocabulary model the
 *                         evidence a 450-token budget of excerpts alone gave before: see decision 0036)
 * @param extractive       sentences in an extractive answer
 * @param answerTokens     most tokens of a model's answer
 * @param historyTurns     earlier question/answer pairs given to the model
 */
public record RagSettings(int candidates, int perSource, int evidencePassages, int contextTokens, int extractive,
                          int answerTokens, int historyTurns) {

    public static RagSettings defaults() {
        return new RagSettings(40, 3, 8, 600, 4, 384, 2);
    }
}
