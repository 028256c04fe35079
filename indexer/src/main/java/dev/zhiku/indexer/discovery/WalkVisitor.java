package dev.zhiku.indexer.discovery;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Visits the tree below one root for {@link SourceWalker}, applying the rules on the way down. */
final class WalkVisitor extends SimpleFileVisitor<Path> {

    private static final Logger LOG = LoggerFactory.getLogger(WalkVisitor.class);

    private final Path root;
    private final RuleMatcher matcher;
    private final Set<Object> seenFiles;
    private final Set<Object> seenDirs;
    private final Consumer<FoundFile> found;
    private final Consumer<SourceProblem> problem;
    private final Deque<IgnoreChain> chains = new ArrayDeque<>();
    private final LinkScope links;
    private final AccountBoundary account;

    WalkVisitor(Path root, RuleMatcher matcher, Set<Object> seenFiles, Set<Object> seenDirs,
                Consumer<FoundFile> found, Consumer<SourceProblem> problem) {
        this(root, matcher, seenFiles, seenDirs, found, problem, LinkScope.within(java.util.List.of(root)),
                AccountBoundary.NONE);
    }

    WalkVisitor(Path root, RuleMatcher matcher, Set<Object> seenFiles, Set<Object> seenDirs,
                Consumer<FoundFile> found, Consumer<SourceProblem> problem, LinkScope links,
                AccountBoundary account) {
        this.links = links;
        this.account = account;
        this.root = root;
        this.matcher = matcher;
        this.seenFiles = seenFiles;
        this.seenDirs = seenDirs;
        this.found = found;
        this.problem = problem;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        IgnoreChain current = chains.isEmpty() ? IgnoreChain.empty() : chains.peek();
        if (matcher.skipsDirectory(root, dir, current)) {
            LOG.trace("Not entering {}", dir);
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (!dir.equals(root) && leadsOutside(dir)) {
            report(dir, ProblemReasons.linkOutside(dir));
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (!seenDirs.add(identity(dir, attrs))) {
            LOG.debug("Already scanned the folder {} through another path", dir);
            return FileVisitResult.SKIP_SUBTREE;
        }
        chains.push(current.with(IgnoreRules.load(dir)));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        chains.pop();
        if (exc != null) {
            report(dir, ProblemReasons.of(exc));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        IgnoreChain current = chains.isEmpty() ? IgnoreChain.empty() : chains.peek();
        if (attrs.isSymbolicLink()) {
            // Reached only when links are not followed, or when a followed link is broken or loops.
            if (matcher.rules().followSymlinks() && matcher.acceptsFile(root, file, current)) {
                report(file, ProblemReasons.brokenLink(file));
            }
            return FileVisitResult.CONTINUE;
        }
        if (!matcher.acceptsFile(root, file, current)) {
            return FileVisitResult.CONTINUE;
        }
        if (leadsOutside(file)) {
            report(file, ProblemReasons.linkOutside(file));
        } else if (attrs.isRegularFile()) {
            deliver(file, attrs);
        } else if (attrs.isOther()) {
            report(file, SpecialFiles.reason(file));
        }
        return FileVisitResult.CONTINUE;
    }

    /** A symbolic link (being followed) whose real target is outside the folders links may lead into. */
    private boolean leadsOutside(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            return !links.permits(path.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        if (exc instanceof NoSuchFileException) {
            LOG.debug("{} disappeared during the scan", file);
            return FileVisitResult.CONTINUE;
        }
        IgnoreChain current = chains.isEmpty() ? IgnoreChain.empty() : chains.peek();
        boolean folder = exc instanceof FileSystemLoopException || Files.isDirectory(file);
        boolean leftOut = folder ? matcher.skipsDirectory(root, file, current)
                : !matcher.acceptsFile(root, file, current);
        if (!leftOut) {
            report(file, ProblemReasons.of(exc));
        }
        return FileVisitResult.CONTINUE;
    }

    /** Checks size and readability, drops a file already delivered through another path, then delivers. */
    void deliver(Path file, BasicFileAttributes attrs) {
        if (!seenFiles.add(identity(file, attrs))) {
            LOG.debug("{} was already found through another path", file);
            return;
        }
        long limit = matcher.rules().maxFileBytes();
        var refusal = account.refusal(file);
        if (!Path.of(file.toString()).equals(file)) {
            report(file, ProblemReasons.UNDECODABLE_NAME);
        } else if (attrs.size() > limit) {
            report(file, ProblemReasons.tooLarge(attrs.size(), limit));
        } else if (!Files.isReadable(file)) {
            report(file, "permission denied");
        } else if (refusal.isPresent()) {
            report(file, refusal.get());
        } else {
            found.accept(new FoundFile(file, root, attrs.size(), attrs.lastModifiedTime().toInstant()));
        }
    }

    private void report(Path path, String reason) {
        LOG.debug("Skipping {}: {}", path, reason);
        problem.accept(new SourceProblem(path.toString(), SourceStatus.SKIPPED, reason));
    }

    /** The file system's identity of a file (device and inode) where it has one, otherwise its real path. */
    private static Object identity(Path path, BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        if (key != null) {
            return key;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
