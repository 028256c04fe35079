package dev.zhiku.indexer.catalog;

import dev.zhiku.core.SourceStatus;

/**
 * What reading a source came to, recorded once its passages are committed to the index.
 *
 * @param path           the source
 * @param hash           SHA-256 of the content that was read
 * @param sizeBytes      size that was read
 * @param modifiedMillis modification time that was read
 * @param status         indexed, failed or skipped
 * @param reason         why (or a warning), or null
 * @param fileType       lower-case extension
 * @param chunks         passages written
 * @param vectorsPending whether embeddings are still to be computed
 * @param needsOcr       whether the OCR pass should read it again
 * @param timings        milliseconds spent: extract, chunk, write
 * @param setAside       failed because reading it stopped the process again and again; the attempts charged to it
 *                       are kept, and a re-index gives it one more try
 */
public record SourceOutcome(String path, String hash, long sizeBytes, long modifiedMillis, SourceStatus status,
                            String reason, String fileType, int chunks, boolean vectorsPending, boolean needsOcr,
                            StageTimings timings, boolean setAside) {

    /** An outcome of a source that was read through (not set aside). */
    public SourceOutcome(String path, String hash, long sizeBytes, long modifiedMillis, SourceStatus status,
                         String reason, String fileType, int chunks, boolean vectorsPending, boolean needsOcr,
                         StageTimings timings) {
        this(path, hash, sizeBytes, modifiedMillis, status, reason, fileType, chunks, vectorsPending, needsOcr,
                timings, false);
    }
}
