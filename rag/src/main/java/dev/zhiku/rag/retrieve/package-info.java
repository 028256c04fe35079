/**
 * Finding candidate passages: follow-up rewriting ({@link dev.zhiku.rag.retrieve.QueryRewriter}) and diverse
 * retrieval ({@link dev.zhiku.rag.retrieve.Retriever}) over {@link dev.zhiku.core.KnowledgeBase}.
 */
package dev.zhiku.rag.retrieve;
