package dev.zhiku.indexer;

import dev.zhiku.indexer.chunk.ChunkingSettings;
import dev.zhiku.indexer.discovery.SourceRules;
import dev.zhiku.indexer.extract.ExtractionSettings;
import dev.zhiku.indexer.store.FusionSettings;

/**
 * Everything that tunes indexing and search.
 *
 * @param rules               which files are sources
 * @param extraction          limits for reading files
 * @param chunking            passage sizes
 * @param fusion              hybrid search weights
 * @param threads             files read at once (on battery: one)
 * @param keywordOnlyChars    plain-text files with more characters than this (logs, dumps) get no vectors
 */
public record IndexerSettings(SourceRules rules, ExtractionSettings extraction, ChunkingSettings chunking,
                              FusionSettings fusion, int threads, long keywordOnlyChars) {

    public static IndexerSettings defaults() {
        return new IndexerSettings(SourceRules.defaults(), ExtractionSettings.defaults(), ChunkingSettings.defaults(),
                FusionSettings.defaults(), Math.max(1, Runtime.getRuntime().availableProcessors()), 2_000_000);
    }

    public IndexerSettings withThreads(int n) {
        return new IndexerSettings(rules, extraction, chunking, fusion, Math.max(1, n), keywordOnlyChars);
    }

    public IndexerSettings withFusion(FusionSettings f) {
        return new IndexerSettings(rules, extraction, chunking, f, threads, keywordOnlyChars);
    }

    public IndexerSettings withChunking(ChunkingSettings c) {
        return new IndexerSettings(rules, extraction, c, fusion, threads, keywordOnlyChars);
    }
}
