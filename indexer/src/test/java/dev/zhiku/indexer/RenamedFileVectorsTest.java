package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the real embedding model: a renamed file keeps its vectors from the cache instead of being embedded. */
class RenamedFileVectorsTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");

    @TempDir
    Path tmp;

    @Test
    void aRenamedFileKeepsItsVectors() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        TestDocument text = TestDocuments.text(docs);
        TestDocuments.markdown(docs);
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(tmp.resolve("home"), model, 1)) {
            indexer.addRoots(List.of(docs), false);
            RunReport first = indexer.run();
            long withVectors = indexer.index().count(true);
            assertTrue(first.embedded() > 0);
            assertEquals(indexer.index().count(false), withVectors);

            Files.move(text.path(), docs.resolve("renamed-" + text.path().getFileName()));
            RunReport second = indexer.run();
            assertEquals(1, second.read());
            assertEquals(0, second.embedded());
            assertEquals(withVectors, indexer.index().count(true));
            assertEquals(indexer.index().count(false), indexer.index().count(true));
        }
    }
}
