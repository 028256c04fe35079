/**
 * Sentence-level evidence: {@link dev.zhiku.rag.evidence.SentenceSelector} scores the sentences of retrieved
 * passages against the question's words ({@link dev.zhiku.rag.evidence.QueryTerms}).
 */
package dev.zhiku.rag.evidence;
