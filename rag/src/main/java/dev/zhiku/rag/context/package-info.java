/**
 * Building the numbered evidence for an answer within a token budget
 * ({@link dev.zhiku.rag.context.ContextAssembler}).
 */
package dev.zhiku.rag.context;
