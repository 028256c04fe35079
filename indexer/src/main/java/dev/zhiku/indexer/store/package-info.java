/**
 * The Lucene index of passages and hybrid search over it: {@link dev.zhiku.indexer.store.PassageIndex}.
 * Keyword fields and their analyzers live in {@link dev.zhiku.indexer.store.Analyzers}; how keyword and vector
 * results are fused is set by {@link dev.zhiku.indexer.store.FusionSettings}.
 */
package dev.zhiku.indexer.store;
