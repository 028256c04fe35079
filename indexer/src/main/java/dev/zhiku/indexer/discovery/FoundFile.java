package dev.zhiku.indexer.discovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file a scan found and the rules let through.
 *
 * @param path      the file as reached from its root (through symbolic links, not resolved)
 * @param root      the folder or file the user added that led to it
 * @param sizeBytes size in bytes
 * @param modified  last modification time
 */
public record FoundFile(Path path, Path root, long sizeBytes, Instant modified) {
}
