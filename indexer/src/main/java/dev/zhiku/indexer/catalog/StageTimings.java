package dev.zhiku.indexer.catalog;

/** Milliseconds one source spent in each stage: extraction as wall time, chunking and writing as CPU time. */
public record StageTimings(long extractMillis, long chunkMillis, long writeMillis) {

    public static final StageTimings NONE = new StageTimings(0, 0, 0);
}
