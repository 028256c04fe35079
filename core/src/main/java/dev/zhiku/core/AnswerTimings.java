package dev.zhiku.core;

/**
 * Where the time of an answer went, in milliseconds (-1 where a step did not happen).
 *
 * @param retrieveMillis   searching the knowledge base
 * @param firstTokenMillis from the question to the first token of the model's answer
 * @param totalMillis      from the question to the end of the answer
 * @param tokensPerSecond  decode speed of the model, or 0
 * @param evidenceMillis   choosing the evidence sentences (words and meaning), part of the total
 * @param rerankMillis     reordering the best passages with a reranker, part of {@code retrieveMillis}
 * @param rewriteMillis    the local model writing the question in the other language for the search, part of
 *                         {@code retrieveMillis}
 * @param focusMillis      choosing more passages of the best files in another language than the question, part of
 *                         {@code retrieveMillis}
 */
public record AnswerTimings(long retrieveMillis, long firstTokenMillis, long totalMillis, double tokensPerSecond,
                            long evidenceMillis, long rerankMillis, long rewriteMillis, long focusMillis) {

    public AnswerTimings(long retrieveMillis, long firstTokenMillis, long totalMillis, double tokensPerSecond,
                         long evidenceMillis, long rerankMillis, long rewriteMillis) {
        this(retrieveMillis, firstTokenMillis, totalMillis, tokensPerSecond, evidenceMillis, rerankMillis,
                rewriteMillis, -1);
    }

    public AnswerTimings(long retrieveMillis, long firstTokenMillis, long totalMillis, double tokensPerSecond,
                         long evidenceMillis, long rerankMillis) {
        this(retrieveMillis, firstTokenMillis, totalMillis, tokensPerSecond, evidenceMillis, rerankMillis, -1);
    }

    public AnswerTimings(long retrieveMillis, long firstTokenMillis, long totalMillis, double tokensPerSecond,
                         long evidenceMillis) {
        this(retrieveMillis, firstTokenMillis, totalMillis, tokensPerSecond, evidenceMillis, -1);
    }

    public AnswerTimings(long retrieveMillis, long firstTokenMillis, long totalMillis, double tokensPerSecond) {
        this(retrieveMillis, firstTokenMillis, totalMillis, tokensPerSecond, -1);
    }
}
