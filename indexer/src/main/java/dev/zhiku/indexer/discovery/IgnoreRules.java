package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of one {@code .zhikuignore} file, in gitignore syntax, relative to the folder that holds it.
 *
 * <p>Within one file the last matching line wins. Files in deeper folders add rules for their subtree;
 * {@link IgnoreChain} stacks them so that the deepest file with a matching line decides.
 */
public final class IgnoreRules {

    /** The name of the file that holds the rules of a folder. */
    public static final String FILE_NAME = ".zhikuignore";

    private static final Logger LOG = LoggerFactory.getLogger(IgnoreRules.class);

    /** What one rule set says about a path. */
    public enum Decision {
        /** A line matched; the path is left out. */
        IGNORED,
        /** A negated line ({@code !pattern}) matched last; the path is kept. */
        INCLUDED,
        /** No line matched; outer rule sets decide. */
        NO_MATCH
    }

    private final Path baseDir;
    private final List<IgnorePattern> patterns;

    private IgnoreRules(Path baseDir, List<IgnorePattern> patterns) {
        this.baseDir = baseDir;
        this.patterns = List.copyOf(patterns);
    }

    /** Compiles the lines of an ignore file that lives in {@code baseDir}. */
    public static IgnoreRules parse(Path baseDir, List<String> lines) {
        Objects.requireNonNull(baseDir, "baseDir");
        List<IgnorePattern> compiled = new ArrayList<>();
        for (String line : lines) {
            IgnorePattern.parse(line).ifPresent(compiled::add);
        }
        return new IgnoreRules(baseDir.toAbsolutePath().normalize(), compiled);
    }

    /**
     * Reads {@code dir/.zhikuignore}; returns empty rules when there is none or it cannot be read
     * (the latter is logged, and the folder is then scanned without its rules).
     */
    public static IgnoreRules load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return parse(dir, List.of());
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return parse(dir, text.lines().toList());
        } catch (IOException e) {
            LOG.warn("Cannot read {}; its rules are not applied: {}", file, e.toString());
            return parse(dir, List.of());
        }
    }

    /** The folder the rules are relative to. */
    public Path baseDir() {
        return baseDir;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Decides one path; paths outside {@link #baseDir()} are {@link Decision#NO_MATCH}. */
    public Decision match(Path path, boolean isDirectory) {
        if (patterns.isEmpty()) {
            return Decision.NO_MATCH;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(baseDir) || absolute.equals(baseDir)) {
            return Decision.NO_MATCH;
        }
        String relative = toSlashes(baseDir.relativize(absolute));
        for (int i = patterns.size() - 1; i >= 0; i--) {
            IgnorePattern pattern = patterns.get(i);
            if (pattern.matches(relative, isDirectory)) {
                return pattern.negated() ? Decision.INCLUDED : Decision.IGNORED;
            }
        }
        return Decision.NO_MATCH;
    }

    static String toSlashes(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "IgnoreRules[" + baseDir + ", " + patterns.size() + " lines]";
    }
}
