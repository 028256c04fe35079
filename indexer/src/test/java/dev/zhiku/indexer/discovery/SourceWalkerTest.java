package dev.zhiku.indexer.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @TempDir
    Path temp;

    private Path root;
    private final List<FoundFile> found = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();

    @BeforeEach
    void buildTree() throws IOException {
        root = Files.createDirectories(temp.resolve("root"));
        write("docs/a.txt", "a");
        write("docs/b.md", "b");
        write(".hidden.txt", "h");
        write(".hiddendir/x.txt", "x");
        write("node_modules/pkg/index.js", "js");
        write("proj/.zhikuignore", "# build output\n*.log\nbuild/\n");
        write("proj/app.log", "log");
        write("proj/build/out.txt", "out");
        write("proj/src/main.txt", "main");
        write("proj/keep/.zhikuignore", "!*.log\n");
        write("proj/keep/important.log", "keep me");
        write("big.bin", "x".repeat(2000));
        write("dir-cycle/file.txt", "c");
        Files.createSymbolicLink(root.resolve("dir-cycle/back-to-parent"), Path.of(".."));
        Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(root.resolve("loop/a"), Path.of("b"));
        Files.createSymbolicLink(root.resolve("loop/b"), Path.of("a"));
        Path outside = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.txt"), "s");
        Files.createSymbolicLink(root.resolve("link-out.txt"), outside);
        Files.createSymbolicLink(root.resolve("docs-link"), root.resolve("docs"));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private void walk(SourceRules rules, Path... roots) {
        new SourceWalker(rules).walk(List.of(roots), found::add, problems::add);
    }

    private Set<String> foundRealPaths() {
        return found.stream().map(f -> real(f.path())).collect(Collectors.toCollection(TreeSet::new));
    }

    private String real(Path path) {
        try {
            return root.toRealPath().relativize(path.toRealPath()).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> problemReasons() {
        return problems.stream().collect(Collectors.toMap(
                p -> root.relativize(Path.of(p.path())).toString().replace('\\', '/'), SourceProblem::reason));
    }

    @Test
    void appliesRulesIgnoreFilesAndLinks() {
        walk(SourceRules.defaults().withMaxFileBytes(1000), root);

        assertEquals(new TreeSet<>(Set.of("docs/a.txt", "docs/b.md", "proj/src/main.txt", "proj/keep/important.log",
                "dir-cycle/file.txt")), foundRealPaths());
        assertEquals(found.size(), foundRealPaths().size(), "each real file once: " + found);
        found.forEach(f -> assertEquals(root, f.root()));

        Map<String, String> reasons = problemReasons();
        assertEquals(Set.of("big.bin", "loop/a", "loop/b", "dir-cycle/back-to-parent", "link-out.txt"),
                reasons.keySet());
        assertTrue(reasons.get("link-out.txt").startsWith("symbolic link to " + temp.resolve("outside/secret.txt")
                + ", outside the added folders: not followed"), reasons.get("link-out.txt"));
        assertEquals("larger than the 1000 bytes limit (2 KB)", reasons.get("big.bin"));
        assertTrue(reasons.get("loop/a").contains("symbolic link loop"), reasons.get("loop/a"));
        assertTrue(reasons.get("dir-cycle/back-to-parent").contains("symbolic link loop"));
        problems.forEach(p -> assertEquals(SourceStatus.SKIPPED, p.status()));
    }

    @Test
    void aLinkOutOfTheAddedFoldersIsFollowedOnlyWhereTheFolderAllowsIt() throws IOException {
        Path etc = Files.createDirectories(temp.resolve("etc-like"));
        Files.writeString(etc.resolve("passwd.txt"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("docs/etc"), etc);
        Path other = Files.createDirectories(temp.resolve("other-added"));
        Files.writeString(other.resolve("shared.txt"), "shared");
        Files.createSymbolicLink(root.resolve("docs/to-other"), other);

        new SourceWalker(SourceRules.defaults(), LinkScope.within(List.of(root.resolve("docs"), other)),
                AccountBoundary.NONE).walk(List.of(root.resolve("docs")), found::add, problems::add);
        assertEquals(Set.of("docs/a.txt", "docs/b.md", "../other-added/shared.txt"), foundRealPaths(),
                "a link into another added folder is followed, one to a folder nobody added is not");
        assertEquals(Set.of("docs/etc"), problemReasons().keySet());
        assertTrue(problemReasons().get("docs/etc").contains("outside the added folders"));

        found.clear();
        problems.clear();
        new SourceWalker(SourceRules.defaults(), LinkScope.within(List.of(root.resolve("docs"))).allowingOutside(true),
                AccountBoundary.NONE).walk(List.of(root.resolve("docs")), found::add, problems::add);
        assertTrue(foundRealPaths().contains("../etc-like/passwd.txt"), foundRealPaths().toString());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void sizesAndTimesAreReported() throws IOException {
        walk(SourceRules.defaults(), root.resolve("docs"));
        FoundFile a = found.stream().filter(f -> f.path().endsWith("a.txt")).findFirst().orElseThrow();
        assertEquals(1, a.sizeBytes());
        assertEquals(Files.getLastModifiedTime(a.path()).toInstant(), a.modified());
    }

    @Test
    void hiddenFilesAndSystemFoldersCanBeTurnedOn() {
        walk(SourceRules.defaults().withSkipHidden(false).withSkippedFolders(List.of()).withExcludes(List.of("loop")),
                root);
        Set<String> paths = foundRealPaths();
        assertTrue(paths.contains(".hidden.txt"));
        assertTrue(paths.contains(".hiddendir/x.txt"));
        assertTrue(paths.contains("node_modules/pkg/index.js"));
        assertTrue(paths.contains("proj/.zhikuignore"));
        assertTrue(paths.contains("big.bin"));
    }

    @Test
    void includeAndExcludeGlobs() {
        SourceRules rules = SourceRules.defaults().withIncludes(List.of("*.txt", "proj/**"));
        walk(rules.withExcludes(List.of("docs/**", "docs-link")), root);
        assertEquals(new TreeSet<>(Set.of("proj/src/main.txt", "proj/keep/important.log", "dir-cycle/file.txt")),
                foundRealPaths());
    }

    @Test
    void linksAreNotFollowedWhenTurnedOff() {
        walk(SourceRules.defaults().withFollowSymlinks(false).withMaxFileBytes(1000), root);
        assertFalse(foundRealPaths().contains("../outside/secret.txt"));
        assertEquals(Set.of("big.bin"), problemReasons().keySet());
    }

    @Test
    void missingRootIsAProblemNotAnException() {
        Path missing = temp.resolve("no-such-folder");
        walk(SourceRules.defaults(), missing, root.resolve("docs"));
        assertEquals(List.of(new SourceProblem(missing.toString(), SourceStatus.SKIPPED, "folder or file not found")),
                problems);
        assertEquals(2, found.size(), "the other root is still walked");
    }

    @Test
    void singleFileRootAndOverlappingRootsDeliverOnce() {
        walk(SourceRules.defaults(), root.resolve("docs/a.txt"), root.resolve("docs"), root.resolve(".hidden.txt"));
        assertEquals(new TreeSet<>(Set.of("docs/a.txt", "docs/b.md", ".hidden.txt")), foundRealPaths());
        assertEquals(3, found.size());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path locked = write("locked.txt", "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
        walk(SourceRules.defaults().withExcludes(List.of("loop", "dir-cycle", "big.bin")), root);
        assertEquals(Map.of("locked.txt", "permission denied"), problemReasons());
    }

    @Test
    void unreadableFolderIsReported() throws IOException {
        Path locked = Files.createDirectories(root.resolve("locked-dir"));
        write("locked-dir/inside.txt", "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
            walk(SourceRules.defaults().withExcludes(List.of("loop", "dir-cycle", "big.bin")), root);
            assertEquals(Map.of("locked-dir", "permission denied"), problemReasons());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void isCandidateAppliesTheSameRules() throws IOException {
        SourceWalker walker = new SourceWalker(SourceRules.defaults());
        assertTrue(walker.isCandidate(root, root.resolve("docs/a.txt")));
        assertTrue(walker.isCandidate(root, root.resolve("proj/keep/important.log")));
        assertTrue(walker.isCandidate(root, root.resolve("docs/deleted-already.txt")));
        assertFalse(walker.isCandidate(root, root.resolve("proj/app.log")));
        assertFalse(walker.isCandidate(root, root.resolve("proj/build/out.txt")));
        assertFalse(walker.isCandidate(root, root.resolve("node_modules/pkg/index.js")));
        assertFalse(walker.isCandidate(root, root.resolve(".hiddendir/x.txt")));
        assertFalse(walker.isCandidate(root, root.resolve("docs")));
        assertFalse(walker.isCandidate(root, temp.resolve("outside/secret.txt")));
    }

    @Test
    void recheckReportsTooLargeFiles() {
        SourceWalker walker = new SourceWalker(SourceRules.defaults().withMaxFileBytes(1000));
        assertTrue(walker.recheck(root, root.resolve("big.bin"), problems::add).isEmpty());
        assertEquals(Set.of("big.bin"), problemReasons().keySet());
        assertEquals(1, walker.recheck(root, root.resolve("docs/a.txt"), problems::add).orElseThrow().sizeBytes());
        assertTrue(walker.recheck(root, root.resolve("proj/app.log"), problems::add).isEmpty());
    }

    @Test
    void sizesReadLikePeopleWriteThem() {
        long mib = 1024L * 1024;
        assertEquals("larger than the 512 MB limit (600 MB)", ProblemReasons.tooLarge(600 * mib, 512 * mib));
        assertEquals("1.5 GB", ProblemReasons.bytes(1536 * mib));
        assertEquals("2 KB", ProblemReasons.bytes(2048));
    }
}
