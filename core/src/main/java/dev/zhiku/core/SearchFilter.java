package dev.zhiku.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Restricts a search. Empty collections and null instants mean "no restriction".
 *
 * @param folders      only sources below one of these folders (absolute paths)
 * @param fileTypes    only these file types (lower-case extensions such as {@code pdf}, {@code docx})
 * @param modifiedFrom only sources modified at or after this instant
 * @param modifiedTo   only sources modified before this instant
 * @param languages    only passages in these languages ({@code zh}, {@code en}, ...)
 */
public record SearchFilter(List<String> folders, Set<String> fileTypes, Instant modifiedFrom, Instant modifiedTo,
                           Set<String> languages) {

    public SearchFilter {
        folders = folders == null ? List.of() : List.copyOf(folders);
        fileTypes = fileTypes == null ? Set.of() : Set.copyOf(fileTypes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public static SearchFilter none() {
        return new SearchFilter(List.of(), Set.of(), null, null, Set.of());
    }

    public boolean isEmpty() {
        return folders.isEmpty() && fileTypes.isEmpty() && modifiedFrom == null && modifiedTo == null
                && languages.isEmpty();
    }
}
