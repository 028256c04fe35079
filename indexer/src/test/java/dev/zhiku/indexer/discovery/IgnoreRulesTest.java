package dev.zhiku.indexer.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.discovery.IgnoreRules.Decision;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    private static final Path BASE = Path.of("/base").toAbsolutePath();

    private static Decision decide(List<String> lines, String relative, boolean dir) {
        return IgnoreRules.parse(BASE, lines).match(BASE.resolve(relative), dir);
    }

    private static boolean ignored(List<String> lines, String relative) {
        return decide(lines, relative, false) == Decision.IGNORED;
    }

    @Test
    void commentsAndBlankLinesAreNotRules() {
        IgnoreRules rules = IgnoreRules.parse(BASE, List.of("# a comment", "", "   "));
        assertTrue(rules.isEmpty());
    }

    @Test
    void escapedHashAndBangAreLiteral() {
        assertTrue(ignored(List.of("\\#notes.txt"), "#notes.txt"));
        assertTrue(ignored(List.of("\\!important"), "!important"));
        assertEquals(Decision.NO_MATCH, decide(List.of("\\!important"), "important", false));
    }

    @Test
    void patternWithoutSlashMatchesAtAnyDepth() {
        assertTrue(ignored(List.of("*.tmp"), "a.tmp"));
        assertTrue(ignored(List.of("*.tmp"), "x/y/a.tmp"));
        assertFalse(ignored(List.of("*.tmp"), "a.tmpx"));
    }

    @Test
    void leadingSlashAnchorsToTheBase() {
        assertTrue(ignored(List.of("/todo.txt"), "todo.txt"));
        assertFalse(ignored(List.of("/todo.txt"), "sub/todo.txt"));
        assertTrue(ignored(List.of("doc/frotz"), "doc/frotz"));
        assertFalse(ignored(List.of("doc/frotz"), "a/doc/frotz"));
    }

    @Test
    void trailingSlashMatchesFoldersOnly() {
        assertEquals(Decision.IGNORED, decide(List.of("build/"), "build", true));
        assertEquals(Decision.NO_MATCH, decide(List.of("build/"), "build", false));
        assertEquals(Decision.IGNORED, decide(List.of("build/"), "src/build", true));
    }

    @Test
    void starAndQuestionMarkStayWithinOneSegment() {
        assertTrue(ignored(List.of("a/*.md"), "a/x.md"));
        assertFalse(ignored(List.of("a/*.md"), "a/b/x.md"));
        assertTrue(ignored(List.of("file?.txt"), "file1.txt"));
        assertFalse(ignored(List.of("file?.txt"), "file10.txt"));
        assertFalse(ignored(List.of("a?b"), "a/b"));
    }

    @Test
    void doubleStarLeadingTrailingAndMiddle() {
        assertTrue(ignored(List.of("**/cache"), "cache"));
        assertTrue(ignored(List.of("**/cache"), "x/y/cache"));
        assertTrue(ignored(List.of("logs/**"), "logs/a/b.log"));
        assertFalse(ignored(List.of("logs/**"), "other/logs/a.log"));
        assertTrue(ignored(List.of("a/**/b"), "a/b"));
        assertTrue(ignored(List.of("a/**/b"), "a/x/y/b"));
        assertFalse(ignored(List.of("a/**/b"), "a/xb"));
    }

    @Test
    void characterClasses() {
        assertTrue(ignored(List.of("draft[0-9].txt"), "draft7.txt"));
        assertFalse(ignored(List.of("draft[0-9].txt"), "draftx.txt"));
        assertTrue(ignored(List.of("[abc].md"), "b.md"));
        assertTrue(ignored(List.of("[!abc].md"), "d.md"));
        assertFalse(ignored(List.of("[!abc].md"), "a.md"));
    }

    @Test
    void laterNegationWins() {
        List<String> lines = List.of("*.log", "!keep.log");
        assertEquals(Decision.IGNORED, decide(lines, "x.log", false));
        assertEquals(Decision.INCLUDED, decide(lines, "keep.log", false));
        assertEquals(Decision.IGNORED, decide(List.of("!keep.log", "*.log"), "keep.log", false));
    }

    @Test
    void pathsOutsideTheBaseDoNotMatch() {
        IgnoreRules rules = IgnoreRules.parse(BASE.resolve("sub"), List.of("*"));
        assertEquals(Decision.NO_MATCH, rules.match(BASE.resolve("other/a.txt"), false));
    }

    @Test
    void deeperRulesOverrideOuterOnes() {
        IgnoreChain chain = IgnoreChain.empty()
                .with(IgnoreRules.parse(BASE, List.of("*.log")))
                .with(IgnoreRules.parse(BASE.resolve("keep"), List.of("!*.log")));
        assertTrue(chain.isIgnored(BASE.resolve("a.log"), false));
        assertFalse(chain.isIgnored(BASE.resolve("keep/a.log"), false));
        assertFalse(chain.isIgnored(BASE.resolve("a.txt"), false));
    }
}
