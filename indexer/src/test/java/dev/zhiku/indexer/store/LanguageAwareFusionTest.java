package dev.zhiku.indexer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.TestIndexers;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language-aware fusion on a real index with the real embedding model: when the best keyword passage explains
 * little of an English question, the Chinese passages' own nearest-neighbour list brings the Chinese answer up;
 * when keywords explain the question, that list gets no weight and the ranking is the keyword-led one.
 */
class LanguageAwareFusionTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");

    @TempDir
    static Path tmp;
    private static Path home;
    private static OnnxEmbeddingModel model;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Map<String, String> files = Map.of(
                "vacuum.txt", "VACUUM reclaims storage occupied by dead tuples. A table that is updated often "
                        + "needs vacuuming more often; autovacuum does it in the background.",
                "locks.txt", "A session waits on a lock for deadlock_timeout before it checks for a deadlock. "
                        + "The old default was kept because the check is expensive.",
                "backup.txt", "pg_dump writes a consistent snapshot of one database. Use pg_dumpall for roles "
                        + "and tablespaces; a cold backup copies the data directory.",
                "poem.txt", "江雪\n柳宗元\n千山鸟飞绝，万径人踪灭。孤舟蓑笠翁，独钓寒江雪。",
                "天气.txt", "今天下雨，明天天气晴朗，气温会回升到二十度左右。",
                "standby.txt", "A cold standby server is started only when the primary fails; a warm one replays "
                        + "WAL as it arrives, like a river of changes.",
                "man.txt", "The man page of psql lists every option. Old releases wrote the manual in a single "
                        + "file; a lone reader can page through it.");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(docs.resolve(f.getKey()), f.getValue() + "\n");
        }
        home = tmp.resolve("home");
        model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
        try (Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
    }

    @Test
    void aQuestionKeywordsCannotExplainGetsTheOtherLanguagesBestPassages() throws Exception {
        String question = "Which poet wrote about a lone old man in a straw rain cape, fishing on a cold snowy river?";
        FusionSettings on = FusionSettings.defaults();
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), on);
             PassageIndex without = PassageIndex.openForReading(home.resolve("index"), withoutAcross(on))) {
            double coverage = index.keywordCoverage(question);
            assertTrue(coverage < on.explainedCoverage(), "coverage " + coverage);
            float[] vector = model.embedQuery(question);
            int withList = rank(index, question, vector, "poem.txt");
            int withoutList = rank(without, question, vector, "poem.txt");
            assertTrue(withList <= withoutList, withList + " vs " + withoutList);
            assertEquals(0, withList);
            assertTrue(score(index, question, vector, "poem.txt") > score(without, question, vector, "poem.txt"));
        }
    }

    @Test
    void aQuestionKeywordsExplainIsRankedAsWithoutTheOtherLanguageList() throws Exception {
        String question = "How long does a session wait on a lock before checking for a deadlock?";
        FusionSettings on = FusionSettings.defaults();
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), on);
             PassageIndex without = PassageIndex.openForReading(home.resolve("index"), withoutAcross(on))) {
            double coverage = index.keywordCoverage(question);
            assertTrue(coverage >= on.explainedCoverage(), "coverage " + coverage);
            assertEquals(0, on.acrossWeight(coverage));
            float[] vector = model.embedQuery(question);
            assertEquals(paths(without, question, vector), paths(index, question, vector));
            assertEquals("locks.txt", paths(index, question, vector).getFirst());
        }
    }

    private static FusionSettings withoutAcross(FusionSettings f) {
        return new FusionSettings(f.candidates(), f.keywordWeight(), f.vectorWeight(), f.crossLingualWeight(), 0,
                f.explainedCoverage(), f.rankConstant(), f.fieldBoosts());
    }

    private static List<String> paths(PassageIndex index, String q, float[] vector) throws Exception {
        return index.search(SearchQuery.of(q, 10), vector).hits().stream().map(Hit::passage)
                .map(p -> Path.of(p.path()).getFileName().toString()).distinct().toList();
    }

    private static double score(PassageIndex index, String q, float[] vector, String file) throws Exception {
        return index.search(SearchQuery.of(q, 10), vector).hits().stream()
                .filter(h -> h.passage().path().endsWith(file)).mapToDouble(Hit::score).max().orElse(0);
    }

    private static int rank(PassageIndex index, String q, float[] vector, String file) throws Exception {
        int r = paths(index, q, vector).indexOf(file);
        return r < 0 ? Integer.MAX_VALUE : r;
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        model.close();
    }
}
