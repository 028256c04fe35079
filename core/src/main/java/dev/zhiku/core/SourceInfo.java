package dev.zhiku.core;

import java.time.Instant;

/**
 * A source file as the catalog knows it, for questions about the collection as a whole.
 *
 * @param path      the file
 * @param fileType  lower-case extension
 * @param sizeBytes size
 * @param modified  last modification time
 * @param passages  passages in the index
 */
public record SourceInfo(String path, String fileType, long sizeBytes, Instant modified, int passages) {
}
