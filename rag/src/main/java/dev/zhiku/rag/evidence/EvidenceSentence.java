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
 * @param coverage share of the question's words (weighted by rarity) the sentence contains, 0 to 1
 * @param score    coverage plus a small bonus for better-ranked passages; orders the evidence
 */
public record EvidenceSentence(Hit hit, int rank, String text, int start, int end, double coverage, double score) {
}
