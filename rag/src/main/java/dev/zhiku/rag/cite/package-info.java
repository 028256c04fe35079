/** Verifying an answer's [n] citations ({@link dev.zhiku.rag.cite.CitationChecker}). */
package dev.zhiku.rag.cite;
