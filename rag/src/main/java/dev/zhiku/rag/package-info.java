/**
 * Answers from the knowledge base: retrieval, the relevance gate, evidence selection, prompts, citation
 * checking, extractive answers, conversations and personal memory. It sees the index and the models only
 * through {@code dev.zhiku.core} interfaces ({@link dev.zhiku.core.KnowledgeBase},
 * {@link dev.zhiku.core.TextGenerator}).
 */
package dev.zhiku.rag;
