package dev.zhiku.indexer.discovery;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the files below the user's roots that {@link SourceRules} and {@code .zhikuignore} files let through.
 *
 * <p>Files stream out through a callback as they are found, so a huge tree needs no list in memory. Anything
 * that cannot be taken (too large, unreadable, a symbolic link loop, a missing root) is reported as a
 * {@link SourceProblem} with status {@link SourceStatus#SKIPPED}; nothing throws. A file reachable through
 * several paths (symbolic links, overlapping roots) is delivered once. Not thread-safe; use one walk at a time.
 */
public final class SourceWalker {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWalker.class);

    private final RuleMatcher matcher;
    private final LinkScope links;
    private final AccountBoundary account;

    /** A walker whose links may lead only into the roots of each walk, with this process's account boundary. */
    public SourceWalker(SourceRules rules) {
        this(rules, null, AccountBoundary.ofThisProcess());
    }

    /**
     * @param links   where followed links may lead; null for "into the roots given to each walk"
     * @param account whose permissions decide what is readable when running as root
     */
    public SourceWalker(SourceRules rules, LinkScope links, AccountBoundary account) {
        this.matcher = new RuleMatcher(rules);
        this.links = links;
        this.account = account;
    }

    private LinkScope scopeFor(List<Path> roots) {
        return links != null ? links : LinkScope.within(roots);
    }

    public SourceRules rules() {
        return matcher.rules();
    }

    /** Walks every root (a folder or a single file) and reports what it finds. */
    public void walk(List<Path> roots, Consumer<FoundFile> found, Consumer<SourceProblem> problem) {
        Set<Object> seenFiles = new HashSet<>();
        Set<Object> seenDirs = new HashSet<>();
        LinkScope scope = scopeFor(roots);
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            WalkVisitor visitor = new WalkVisitor(root, matcher, seenFiles, seenDirs, found, problem, scope, account);
            walkRoot(root, visitor, problem);
        }
    }

    private void walkRoot(Path root, WalkVisitor visitor, Consumer<SourceProblem> problem) {
        if (!Files.exists(root)) {
            String reason = Files.isSymbolicLink(root) ? ProblemReasons.brokenLink(root) : "folder or file not found";
            problem.accept(new SourceProblem(root.toString(), SourceStatus.SKIPPED, reason));
            return;
        }
        try {
            if (Files.isDirectory(root)) {
                Path start = !rules().followSymlinks() && Files.isSymbolicLink(root) ? root.toRealPath() : root;
                Set<FileVisitOption> options = rules().followSymlinks()
                        ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
                Files.walkFileTree(start, options, Integer.MAX_VALUE, visitor);
            } else if (Files.isRegularFile(root)) {
                visitor.deliver(root, Files.readAttributes(root, BasicFileAttributes.class));
            } else {
                LOG.debug("Root {} is neither a folder nor a regular file", root);
                problem.accept(new SourceProblem(root.toString(), SourceStatus.SKIPPED,
                        "not a folder or a regular file"));
            }
        } catch (IOException e) {
            problem.accept(new SourceProblem(root.toString(), SourceStatus.SKIPPED, ProblemReasons.of(e)));
        }
    }

    /**
     * Whether the rules take this path below {@code root}, judged by name and place: hidden and system folders
     * on the way, include and exclude globs, {@code .zhikuignore} files from the root down. A path that no longer
     * exists is judged as a file by its name (so a deletion can be acted on); an existing folder is not a
     * candidate. The size limit is not checked here; {@link #recheck} does that.
     */
    public boolean isCandidate(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        if (path.equals(base)) {
            return !Files.isDirectory(path);
        }
        if (!path.startsWith(base) || Files.isDirectory(path)) {
            return false;
        }
        if (Files.isSymbolicLink(path) && (!rules().followSymlinks() || !followable(base, path))) {
            return false;
        }
        IgnoreChain chain = IgnoreChain.empty().with(IgnoreRules.load(base));
        Path dir = base;
        for (Path part : base.relativize(path.getParent())) {
            dir = dir.resolve(part);
            if (matcher.skipsDirectory(base, dir, chain)) {
                return false;
            }
            chain = chain.with(IgnoreRules.load(dir));
        }
        return matcher.acceptsFile(base, path, chain);
    }

    private boolean followable(Path root, Path link) {
        try {
            return scopeFor(List.of(root)).permits(link.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Re-checks one changed file as a scan would: empty when it is gone or left out by the rules; a problem is
     * reported when it is too large or unreadable.
     */
    public Optional<FoundFile> recheck(Path root, Path file, Consumer<SourceProblem> problem) {
        if (!isCandidate(root, file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        FoundFile[] result = new FoundFile[1];
        WalkVisitor visitor = new WalkVisitor(base, matcher, new HashSet<>(), new HashSet<>(),
                f -> result[0] = f, problem, scopeFor(List.of(base)), account);
        try {
            visitor.deliver(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            problem.accept(new SourceProblem(path.toString(), SourceStatus.SKIPPED, ProblemReasons.of(e)));
        }
        return Optional.ofNullable(result[0]);
    }
}
