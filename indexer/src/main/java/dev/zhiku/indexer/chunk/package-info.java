/**
 * Cutting documents into passages: {@link dev.zhiku.indexer.chunk.ChunkPlanner} follows the structure of the
 * text (pages, headings, sentences in Chinese and English) within a budget of embedding-model tokens
 * ({@link dev.zhiku.indexer.chunk.TokenCounter}). Tune sizes with
 * {@link dev.zhiku.indexer.chunk.ChunkingSettings}, measured on the dev-eval set.
 */
package dev.zhiku.indexer.chunk;
