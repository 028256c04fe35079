package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import dev.zhiku.indexer.store.StoredPassage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real embedding model: a text is embedded once per run however often it occurs — copies of a file, and
 * the same notice repeated under the same heading inside one file — and every occurrence gets that one vector.
 */
class DuplicatePassagesTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");
    private static final String NOTICE = "# Notice\n\nThis manual is distributed under the terms of the licence. "
            + "Copies may be made for personal use. 本手册按许可证条款发布，个人使用可以复制。\n\n";

    @TempDir
    Path tmp;

    @Test
    void copiesAndRepeatedBoilerplateShareOneVector() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String report = "# Backups\n\nThe database is backed up every night at two o'clock. Restores use pg_restore."
                + "\n\n" + NOTICE + "# Replication\n\nStandby servers replay the write-ahead log.\n\n" + NOTICE;
        Files.writeString(docs.resolve("report.md"), report);
        Files.writeString(docs.resolve("report-copy.md"), report);
        Files.writeString(docs.resolve("other.md"), "# Other\n\n在线扩容不需要停机。\n\n" + NOTICE);
        try (OnnxEmbeddingModel onnx = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 1);
             CountingModel model = new CountingModel(onnx);
             // One thread: two threads that fill the two copies at the same moment can each embed the shared text
             // (the vectors agree; only the work is repeated), which made this count flaky with two.
             Indexer indexer = TestIndexers.open(tmp.resolve("home"), model, 1)) {
            indexer.addRoots(List.of(docs), false);
            RunReport run = indexer.run();
            List<StoredPassage> all = new ArrayList<>();
            for (String name : List.of("report.md", "report-copy.md", "other.md")) {
                all.addAll(indexer.index().passagesOf(TestIndexers.key(docs.resolve(name))));
            }
            Set<String> distinct = new HashSet<>();
            all.forEach(p -> distinct.add(p.chunkHash()));
            assertTrue(all.size() > distinct.size(), "the corpus has repeated passages");
            assertEquals(distinct.size(), model.texts.get(), "each distinct text embedded once");
            assertEquals(distinct.size(), run.embedded());
            for (StoredPassage p : all) {
                StoredPassage first = all.stream().filter(q -> q.chunkHash().equals(p.chunkHash())).findFirst()
                        .orElseThrow();
                assertArrayEquals(first.vector(), p.vector(), p.passage().id());
            }
            assertEquals(indexer.index().count(false), indexer.index().count(true));
        }
    }

    /** The real model, counting the texts it is asked to embed. */
    private static final class CountingModel implements EmbeddingModel {
        private final EmbeddingModel delegate;
        private final AtomicInteger texts = new AtomicInteger();

        CountingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public List<float[]> embedPassages(List<String> batch) {
            texts.addAndGet(batch.size());
            return delegate.embedPassages(batch);
        }

        @Override
        public float[] embedQuery(String query) {
            return delegate.embedQuery(query);
        }

        @Override
        public void close() {
        }
    }
}
