package dev.zhiku.indexer.catalog;

import dev.zhiku.core.SourceStatus;

/**
 * One source file as the catalog knows it.
 *
 * @param path           absolute path
 * @param root           the folder or file the user added that contains it
 * @param sizeBytes      size when last seen
 * @param modifiedMillis modification time when last seen
 * @param hash           SHA-256 of the content when last read, or null
 * @param status         where it stands
 * @param reason         why it failed or was skipped, or a warning for an indexed file; null otherwise
 * @param chunks         passages in the index
 * @param vectorsPending whether its passages still lack embeddings
 * @param needsOcr       whether it waits for the OCR pass
 * @param attempts       readings started since it was last finished (a file that crashes the reader stops at 3)
 */
public record SourceRow(String path, String root, long sizeBytes, long modifiedMillis, String hash,
                        SourceStatus status, String reason, int chunks, boolean vectorsPending, boolean needsOcr,
                        int attempts) {
}
