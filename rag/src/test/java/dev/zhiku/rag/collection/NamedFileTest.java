package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file asked for by its name, over a real knowledge base (Tika, Lucene, H2). */
class NamedFileTest {

    @Test
    void aFileNamedExactlyIsTheOneSummarisedNotAlsoOneWhoseNameContainsIt(@TempDir Path dir) throws Exception {
        try (LocalKnowledgeBase kb = TestKnowledgeBases.build(dir, Map.of(
                "checkpoints.txt", "Checkpoints.\n\nA checkpoint writes every dirty page to disk.",
                "checkpoints-slides.txt", "Checkpoint slides.\n\nThe slides show the checkpoint timeline.",
                "backup.txt", "Backups.\n\nA base backup copies the data directory."))) {
            Answerer answerer = new Answerer(kb, null, RagSettings.defaults(), q -> List.of());

            assertEquals(Set.of("checkpoints.txt"), cited(answerer, "Summarize checkpoints.txt"));
            assertEquals(Set.of("checkpoints.txt"), cited(answerer, "总结一下 checkpoints.txt"));
            // a name no file has exactly still finds the files that contain it
            assertEquals(Set.of("checkpoints.txt", "checkpoints-slides.txt"),
                    cited(answerer, "Summarize checkpoints.pdf"));
        }
    }

    private static Set<String> cited(Answerer answerer, String question) {
        return answerer.ask(Question.of(question), AnswerListener.NONE, new GenerationControl()).answer().citations()
                .stream().map(Citation::path).map(p -> Path.of(p).getFileName().toString())
                .collect(Collectors.toSet());
    }
}
