package dev.zhiku.core;

/** Where a source file stands in the knowledge base. */
public enum SourceStatus {
    /** Found and waiting to be read (the durable queue). */
    QUEUED,
    /** Read, chunked and keyword-searchable; vectors may still be pending. */
    INDEXED,
    /** Could not be read; the reason says why. */
    FAILED,
    /** Deliberately not read (too large, excluded type, no text); the reason says why. */
    SKIPPED
}
