package dev.zhiku.core;

import java.time.Instant;
import java.util.Set;

/**
 * Which indexed sources to list: all restrictions optional (null or empty means none).
 *
 * @param modifiedFrom modified at or after
 * @param modifiedTo   modified before
 * @param fileTypes    lower-case extensions
 * @param nameContains part of the file name, case-insensitive
 * @param limit        most sources to return
 */
public record SourceQuery(Instant modifiedFrom, Instant modifiedTo, Set<String> fileTypes, String nameContains,
                          int limit) {

    public SourceQuery {
        fileTypes = fileTypes == null ? Set.of() : Set.copyOf(fileTypes);
    }
}
