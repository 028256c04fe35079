package dev.zhiku.rag.evidence;

import dev.zhiku.core.Hit;

/**
 * A sentence of a retrieved passage, scored as evidence for the question.
 *
 * @param hit   the passage it comes from
 * @param rank  the passage's rank among the hits (0 = best)
 * @param text  the sentence
 * @param start offset of the sentence in the document's extracted text
 * @param end   offset after the sentence
 * @param score how well it matches the question
 */
public record EvidenceSentence(Hit hit, int rank, String text, int start, int end, double score) {
}
