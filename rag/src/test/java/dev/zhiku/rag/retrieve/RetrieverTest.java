package dev.zhiku.rag.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.TestKnowledgeBases;
import dev.zhiku.rag.TestPassages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrieverTest {

    private static final String MANUAL = "To restore the backup, stop the server, copy the archive into the data "
            + "directory, set restore_command in postgresql.conf to the cp command that fetches each WAL segment, "
            + "create recovery.signal and start the server again; it replays the segments until the archive ends.";

    @TempDir
    Path tmp;

    @Test
    void theSamePassageInSeveralFilesIsOneHitThatNamesTheOthers() throws Exception {
        String edited = MANUAL.replace("stop the server", "stop the database server");
        try (LocalKnowledgeBase kb = TestKnowledgeBases.build(tmp, Map.of(
                "manual.txt", MANUAL,
                "restore-copy.txt", MANUAL.toUpperCase(java.util.Locale.ROOT).replace(" ", "  "),
                "restore-edited.txt", edited,
                "恢复.txt", "恢复备份时，先停止服务器，把归档复制到数据目录，在 postgresql.conf 中设置 restore_command，"
                        + "创建 recovery.signal 后再启动服务器。"))) {
            List<Hit> hits = new Retriever(kb, 20, 3).retrieve(Question.of("How do I restore the backup with "
                    + "restore_command?")).hits();
            List<String> files = hits.stream().map(h -> fileName(h.passage().path())).toList();
            assertEquals(1, files.stream().filter(f -> f.startsWith("manual") || f.startsWith("restore-")).count(),
                    "one hit for the three copies: " + files);
            Hit kept = hits.stream().filter(h -> h.passage().path().contains("manual")
                    || h.passage().path().contains("restore-")).findFirst().orElseThrow();
            assertEquals(2, kept.alsoIn().size(), kept.alsoIn().toString());
            assertTrue(kept.alsoIn().stream().noneMatch(p -> p.equals(kept.passage().displayPath())));
            assertTrue(files.contains("恢复.txt"), "a translation is not a copy: " + files);
        }
    }

    @Test
    void placesInOneFileAndShortLinesAreNotFolded() {
        List<Hit> hits = Retriever.foldCopies(List.of(
                TestPassages.hit("/a/manual.txt", 0, MANUAL, 1.0, 0),
                TestPassages.hit("/a/manual.txt", 0, MANUAL, 0.9, 900),
                TestPassages.hit("/b/notes.txt", 0, "See the restore chapter.", 0.8),
                TestPassages.hit("/c/notes2.txt", 0, "See the restore chapter!", 0.7)));
        assertEquals(4, hits.size(), "the same words twice in one file are two places; short lines differ");
        assertTrue(hits.stream().allMatch(h -> h.alsoIn().isEmpty()));
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    @Test
    void focusedPassagesFollowTheFirstHitOfTheirFile() {
        Hit a1 = TestPassages.hit("/a.html", 0, "first of a", 1.0, 0);
        Hit b1 = TestPassages.hit("/b.html", 0, "first of b", 0.9, 0);
        Hit a2 = TestPassages.hit("/a.html", 0, "second of a", 0.8, 100);
        Hit bFocused = TestPassages.hit("/b.html", 0, "focused of b", 0, 500);
        Hit cFocused = TestPassages.hit("/c.html", 0, "focused of c", 0, 0);
        Retrieval retrieval = new Retrieval("q", List.of(a1, b1, a2), 5, -1, "", -1, List.of(bFocused, cFocused), 1);
        assertEquals(List.of(a1, b1, bFocused, a2, cFocused), retrieval.evidence(3));
        assertEquals(List.of(a1, bFocused, cFocused), retrieval.evidence(1), "a file not among the best comes last");
        assertEquals(List.of(a1, b1), new Retrieval("q", List.of(a1, b1, a2), 5).evidence(2));
    }

    /**
     * A Chinese question about an English manual finds the manual by the tool's name, but the passage that answers
     * shares nothing else with it in its own words: the search ranks the manual's other passages above it, and
     * the focus on the manual adds it to the evidence.
     */
    @Test
    void aChineseQuestionGetsThePassageOfAnEnglishManualThatHoldsItsTranslatedWords() throws Exception {
        StringBuilder manual = new StringBuilder();
        String[] options = {"--gzip", "--bzip2", "--xz", "--zstd", "--lzip", "--lzma", "--lzop", "--verbose"};
        for (String option : options) {
            manual.append(option).append("\n").append(("The tar archive is written with tar's own format; tar "
                    + "reads it back with tar -x. ").repeat(12)).append("\n\n");
        }
        manual.append("--exclude-vcs\nExclude version control system directories.\n\n");
        try (LocalKnowledgeBase kb = TestKnowledgeBases.build(tmp, Map.of("tar.1.txt", manual.toString(),
                "归档.txt", "归档文件可以用 tar 打包。tar 是常用的归档工具。"))) {
            Retrieval retrieval = new Retriever(kb, 20, 3).retrieve(Question.of("tar 的哪个选项会排除版本控制系统的目录？"));
            assertTrue(retrieval.hits().stream().noneMatch(h -> h.passage().text().contains("--exclude-vcs")),
                    "the search alone ranks the manual's other passages first");
            assertTrue(retrieval.focused().stream().allMatch(h -> h.passage().path().endsWith("tar.1.txt")),
                    "only the file in the other language is focused on");
            assertTrue(retrieval.evidence(8).stream().anyMatch(h -> h.passage().text().contains("--exclude-vcs")),
                    retrieval.evidence(8).toString());
            assertTrue(retrieval.focusMillis() >= 0);
        }
    }
}
