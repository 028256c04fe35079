package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anchors of {@code zhiku eval --baseline} over a real index with the real embedding model: the BM25 anchor is
 * plain StandardAnalyzer BM25 (no stemming, no vectors), the vector anchor uses vectors only.
 */
class BaselineSearchTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");

    @TempDir
    Path tmp;

    @Test
    void anchorsSearchTheSameIndexEachInItsOwnWay() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("vacuum.txt"), "Routine vacuuming reclaims storage occupied by dead rows. "
                + "Autovacuum runs it in the background when enough rows changed.\n");
        Files.writeString(docs.resolve("indexing.txt"), "An index on a column speeds up lookups. "
                + "A B-tree is the default kind of index.\n");
        Files.writeString(docs.resolve("天气.txt"), "今天下雨，明天天气晴朗，气温会回升到二十度左右。\n");
        Path home = tmp.resolve("home");
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            LocalKnowledgeBase zhiku = new LocalKnowledgeBase(new ZhikuHome(home), indexer.index(), model);
            try (KnowledgeBase bm25 = zhiku.baseline(Baseline.BM25);
                 KnowledgeBase vector = zhiku.baseline(Baseline.VECTOR)) {
                // Zhiku's English field stems "indexes" to "index"; StandardAnalyzer does not.
                assertEquals("indexing.txt", firstFile(zhiku, "indexes"));
                assertTrue(files(bm25, "indexes").isEmpty());
                assertEquals("indexing.txt", firstFile(bm25, "index"));
                // The vector anchor finds by meaning across languages, where BM25 has no word in common.
                String weather = "What will the weather be like tomorrow?";
                assertFalse(files(bm25, weather).contains("天气.txt"));
                assertEquals("天气.txt", firstFile(vector, weather));
                assertTrue(vector.search(SearchQuery.of(weather, 5)).hits().stream()
                        .allMatch(h -> h.keywordScore() == 0 && h.vectorScore() > 0));
                assertTrue(bm25.search(SearchQuery.of("index", 5)).hits().stream()
                        .allMatch(h -> h.keywordScore() > 0 && h.vectorScore() == 0));
            }
        }
    }

    @Test
    void evidenceSimilarityIsTheCosineOfTheRealEmbeddingsAcrossLanguagesAndTheSameForTheAnchors() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Some words to index.\n");
        Path home = tmp.resolve("home");
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            LocalKnowledgeBase zhiku = new LocalKnowledgeBase(new ZhikuHome(home), indexer.index(), model);
            String question = "What will the weather be like tomorrow?";
            List<String> texts = List.of("明天天气晴朗，气温会回升。", "A B-tree is the default kind of index.");
            double[] sims = zhiku.similarities(question, texts);
            assertEquals(2, sims.length);
            assertTrue(sims[0] > sims[1], "the Chinese weather sentence is closer in meaning: " + sims[0] + " vs "
                    + sims[1]);
            float[] q = model.embedQuery(question);
            float[] v = model.embedPassages(List.of(texts.getFirst())).getFirst();
            double dot = 0;
            for (int i = 0; i < q.length; i++) {
                dot += q[i] * v[i];
            }
            assertEquals(dot, sims[0], 0.02, "the cosine of the normalised embeddings");
            try (KnowledgeBase bm25 = zhiku.baseline(Baseline.BM25)) {
                assertEquals(sims.length, bm25.similarities(question, texts).length);
            }
            assertEquals(0, TestIndexers.searchOver(home, indexer).similarities(question, texts).length,
                    "without an embedding model there is no similarity, and evidence is chosen by words");
        }
    }

    @Test
    void theVectorAnchorNeedsTheEmbeddingModel() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Some words to index.\n");
        Path home = tmp.resolve("home");
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            LocalKnowledgeBase kb = TestIndexers.searchOver(home, indexer);
            assertThrows(IllegalArgumentException.class, () -> kb.baseline(Baseline.VECTOR));
            assertEquals(Baseline.BM25, Baseline.parse(" BM25 "));
            assertThrows(IllegalArgumentException.class, () -> Baseline.parse("tfidf"));
        }
    }

    private static List<String> files(KnowledgeBase kb, String text) {
        return kb.search(SearchQuery.of(text, 5)).hits().stream().map(Hit::passage)
                .map(p -> Path.of(p.path()).getFileName().toString()).distinct().toList();
    }

    private static String firstFile(KnowledgeBase kb, String text) {
        List<String> f = files(kb, text);
        return f.isEmpty() ? "" : f.getFirst();
    }
}
