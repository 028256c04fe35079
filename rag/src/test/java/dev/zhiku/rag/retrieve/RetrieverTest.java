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
}
