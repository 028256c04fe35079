package dev.zhiku.indexer.discovery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a scan of the user's folders takes in.
 *
 * @param includeGlobs   only files matching one of these are taken; empty means all files. Globs use
 *                       {@link java.nio.file.FileSystem#getPathMatcher} "glob:" syntax and are matched against the
 *                       path relative to the root and against the file name, so {@code *.pdf} and
 *                       {@code notes/**} both work
 * @param excludeGlobs   files and folders matching one of these are left out (same matching as includes)
 * @param skipHidden     leave out names starting with '.' and, on Windows, files marked hidden
 * @param skippedFolders folder names never entered, case-insensitive, {@code *} as wildcard
 * @param maxFileBytes   larger files are reported as skipped
 * @param followSymlinks follow symbolic links to files and folders (loops are detected and reported)
 */
public record SourceRules(List<String> includeGlobs, List<String> excludeGlobs, boolean skipHidden,
                          List<String> skippedFolders, long maxFileBytes, boolean followSymlinks) {

    /** 512 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    /** System, trash and tool folders that never hold a person's documents. */
    public static final List<String> DEFAULT_SKIPPED_FOLDERS = List.of("$RECYCLE.BIN", "System Volume Information",
            "node_modules", ".git", ".svn", ".hg", "__pycache__", ".Trash*", "lost+found", ".Spotlight-V100",
            ".fseventsd");

    public SourceRules {
        includeGlobs = List.copyOf(includeGlobs);
        excludeGlobs = List.copyOf(excludeGlobs);
        skippedFolders = List.copyOf(skippedFolders);
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
    }

    /** All files, hidden ones and system folders skipped, 512 MiB limit, links followed. */
    public static SourceRules defaults() {
        return new SourceRules(List.of(), List.of(), true, DEFAULT_SKIPPED_FOLDERS, DEFAULT_MAX_FILE_BYTES, true);
    }

    public SourceRules withIncludes(List<String> globs) {
        return new SourceRules(globs, excludeGlobs, skipHidden, skippedFolders, maxFileBytes, followSymlinks);
    }

    public SourceRules withExcludes(List<String> globs) {
        return new SourceRules(includeGlobs, globs, skipHidden, skippedFolders, maxFileBytes, followSymlinks);
    }

    public SourceRules withSkipHidden(boolean skip) {
        return new SourceRules(includeGlobs, excludeGlobs, skip, skippedFolders, maxFileBytes, followSymlinks);
    }

    public SourceRules withSkippedFolders(List<String> names) {
        return new SourceRules(includeGlobs, excludeGlobs, skipHidden, names, maxFileBytes, followSymlinks);
    }

    public SourceRules withMaxFileBytes(long bytes) {
        return new SourceRules(includeGlobs, excludeGlobs, skipHidden, skippedFolders, bytes, followSymlinks);
    }

    public SourceRules withFollowSymlinks(boolean follow) {
        return new SourceRules(includeGlobs, excludeGlobs, skipHidden, skippedFolders, maxFileBytes, follow);
    }

    /** Whether a name is hidden by its spelling (a leading dot) and hidden names are skipped. */
    public boolean skipsHiddenName(String name) {
        return skipHidden && name.startsWith(".") && !name.equals(".") && !name.equals("..");
    }

    /** Whether a folder with this name is never entered (a system folder, or hidden by name). */
    public boolean skipsFolderName(String name) {
        if (skipsHiddenName(name)) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String skipped : skippedFolders) {
            if (wildcard(skipped).matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern wildcard(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
