package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.DosFileAttributes;
import java.util.List;
import java.util.Locale;

/** {@link SourceRules} with their globs compiled, answering "is this path left out?" for one root. */
final class RuleMatcher {

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    private final SourceRules rules;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    RuleMatcher(SourceRules rules) {
        this.rules = rules;
        this.includes = compile(rules.includeGlobs());
        this.excludes = compile(rules.excludeGlobs());
    }

    SourceRules rules() {
        return rules;
    }

    /** Whether a folder below the root is not entered; the root itself is always entered. */
    boolean skipsDirectory(Path root, Path dir, IgnoreChain ignores) {
        if (dir.equals(root)) {
            return false;
        }
        Path name = dir.getFileName();
        if (name != null && rules.skipsFolderName(name.toString())) {
            return true;
        }
        return isDosHidden(dir) || matchesAny(excludes, root, dir) || ignores.isIgnored(dir, true);
    }

    /** Whether a regular file below the root is taken, judged by its name and place only. */
    boolean acceptsFile(Path root, Path file, IgnoreChain ignores) {
        if (file.equals(root)) {
            return true;
        }
        Path name = file.getFileName();
        if (name == null || rules.skipsHiddenName(name.toString()) || isDosHidden(file)) {
            return false;
        }
        if (matchesAny(excludes, root, file)) {
            return false;
        }
        if (!includes.isEmpty() && !matchesAny(includes, root, file)) {
            return false;
        }
        return !ignores.isIgnored(file, false);
    }

    private boolean isDosHidden(Path path) {
        if (!WINDOWS || !rules.skipHidden()) {
            return false;
        }
        try {
            return Files.readAttributes(path, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isHidden();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path root, Path path) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path relative = path.startsWith(root) ? root.relativize(path) : path;
        Path name = path.getFileName();
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative) || (name != null && matcher.matches(name))) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> compile(List<String> globs) {
        return globs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }
}
