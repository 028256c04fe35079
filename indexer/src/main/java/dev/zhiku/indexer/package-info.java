/**
 * Turns a person's folders into a searchable knowledge base: discovery, extraction, chunking, embeddings,
 * the Lucene index and the H2 catalog. {@link dev.zhiku.indexer.LocalKnowledgeBase} is the entry point.
 */
package dev.zhiku.indexer;
