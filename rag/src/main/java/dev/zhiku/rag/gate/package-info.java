/** Honest abstention: {@link dev.zhiku.rag.gate.RelevanceGate} decides whether the documents hold an answer. */
package dev.zhiku.rag.gate;
