/**
 * Baselines that benchmarks measure Zhiku against in the same run:
 * {@link dev.zhiku.indexer.bench.ReferenceIndexing} is a plain Tika extraction plus a one-field Lucene BM25 index
 * of the same files, the floor for how soon a folder can be keyword-searchable.
 */
package dev.zhiku.indexer.bench;
