package dev.zhiku.indexer.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the two bundled BGE models for real: onnxruntime, DJL tokenizer, the ONNX files from the jars. */
class OnnxEmbeddingModelTest {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbeddingModelTest.class);
    private static final Path CACHE = Path.of("target", "djl-cache");
    private static final long SEED = 20_250_601L;

    private static final String ZH_QUERY = "怎么申请报销差旅费用？";
    private static final String ZH_MATCH =
            "员工出差回来后，需要在一个月内填写报销单，附上车票和住宿发票，经部门经理签字后交给财务部报销。";
    private static final String ZH_OTHER = "熊猫主要生活在四川的山区竹林里，每天要花十几个小时吃竹子。";
    private static final String EN_QUERY = "How do I get reimbursed for travel expenses?";
    private static final String EN_MATCH = "After a business trip, employees fill in an expense claim within one "
            + "month, attach train tickets and hotel invoices, have it signed by their manager and hand it to the "
            + "finance office.";
    private static final String EN_OTHER = "Giant pandas live in the bamboo forests of Sichuan's mountains and spend "
            + "more than ten hours a day eating bamboo.";

    private static OnnxEmbeddingModel zh;
    private static OnnxEmbeddingModel en;

    @BeforeAll
    static void load() {
        zh = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, CACHE, 2);
        en = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, CACHE, 2);
    }

    @AfterAll
    static void close() {
        zh.close();
        en.close();
    }

    @Test
    void theRuntimesLibraryCopiesAreGoneOnceItIsLoadedAndTheModelStillEmbeds() {
        Path folder = RuntimeFolder.ofLoadedRuntime().orElseThrow();
        assertTrue(folder.getFileName().toString().startsWith("onnxruntime-java"), folder.toString());
        assertFalse(Files.exists(folder), folder + " is left in the temporary directory");
        assertEquals(zh.dimension(), zh.embedQuery(ZH_QUERY).length);
    }

    /** A process killed while it copied the libraries left its folder; an old one holding only libraries goes. */
    @Test
    void oldFoldersOfKilledProcessesAreRemovedAndNothingElse(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        java.time.Instant now = java.time.Instant.now();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                now.minus(RuntimeFolder.LEFTOVER_AGE).minusSeconds(60));
        Path killed = Files.createDirectory(tmp.resolve("onnxruntime-java123"));
        Files.write(killed.resolve("libonnxruntime.so"), new byte[] {1, 2, 3});
        Path empty = Files.createDirectory(tmp.resolve("onnxruntime-java456"));
        Path young = Files.createDirectory(tmp.resolve("onnxruntime-java789"));
        Path foreign = Files.createDirectory(tmp.resolve("onnxruntime-java000"));
        Files.writeString(foreign.resolve("notes.txt"), "not a library");
        Path other = Files.createDirectory(tmp.resolve("other-folder"));
        for (Path p : List.of(killed, empty, foreign, other)) {
            Files.setLastModifiedTime(p, old);
        }
        RuntimeFolder.removeLeftovers(tmp, now);
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(empty));
        assertTrue(Files.exists(young), "a folder a running process may still be loading from");
        assertTrue(Files.exists(foreign.resolve("notes.txt")), "a folder holding anything else");
        assertTrue(Files.exists(other));
    }

    @Test
    void vectorsHaveTheModelDimensionAndUnitLength() {
        for (OnnxEmbeddingModel model : List.of(zh, en)) {
            List<float[]> vectors = new ArrayList<>(model.embedPassages(List.of(ZH_MATCH, EN_MATCH, "x")));
            vectors.add(model.embedQuery(EN_QUERY));
            for (float[] v : vectors) {
                assertEquals(model.dimension(), v.length, model.id());
                assertEquals(1.0, VectorMath.dot(v, v), 1e-4, model.id());
            }
        }
        assertEquals(512, zh.dimension());
        assertEquals(384, en.dimension());
    }

    @Test
    void chineseQueryIsCloserToItsChinesePassage() {
        float[] query = zh.embedQuery(ZH_QUERY);
        List<float[]> passages = zh.embedPassages(List.of(ZH_MATCH, ZH_OTHER));
        float match = VectorMath.dot(query, passages.get(0));
        float other = VectorMath.dot(query, passages.get(1));
        LOG.info("zh model, zh query: match {} other {}", match, other);
        assertTrue(match > other + 0.1, "match " + match + " other " + other);
    }

    @Test
    void englishQueryIsCloserToItsEnglishPassage() {
        float[] query = en.embedQuery(EN_QUERY);
        List<float[]> passages = en.embedPassages(List.of(EN_MATCH, EN_OTHER));
        float match = VectorMath.dot(query, passages.get(0));
        float other = VectorMath.dot(query, passages.get(1));
        LOG.info("en model, en query: match {} other {}", match, other);
        assertTrue(match > other + 0.1, "match " + match + " other " + other);
        // The Chinese model also ranks English text correctly, with a smaller margin (0.58 vs 0.50).
        float[] zhModelQuery = zh.embedQuery(EN_QUERY);
        List<float[]> zhModelPassages = zh.embedPassages(List.of(EN_MATCH, EN_OTHER));
        assertTrue(VectorMath.dot(zhModelQuery, zhModelPassages.get(0))
                > VectorMath.dot(zhModelQuery, zhModelPassages.get(1)));
    }

    @Test
    void chineseQuestionFindsEnglishPassageWithTheZhModel() {
        for (OnnxEmbeddingModel model : List.of(zh, en)) {
            float[] zhQuery = model.embedQuery(ZH_QUERY);
            float[] enQuery = model.embedQuery(EN_QUERY);
            List<float[]> passages = model.embedPassages(List.of(EN_MATCH, EN_OTHER, ZH_MATCH, ZH_OTHER));
            LOG.info("{} cross-lingual: zhQ->enMatch {} zhQ->enOther {} | enQ->zhMatch {} enQ->zhOther {}",
                    model.id(), VectorMath.dot(zhQuery, passages.get(0)), VectorMath.dot(zhQuery, passages.get(1)),
                    VectorMath.dot(enQuery, passages.get(2)), VectorMath.dot(enQuery, passages.get(3)));
        }
        float[] query = zh.embedQuery(ZH_QUERY);
        List<float[]> passages = zh.embedPassages(List.of(EN_MATCH, EN_OTHER));
        assertTrue(VectorMath.dot(query, passages.get(0)) > VectorMath.dot(query, passages.get(1)));
    }

    @Test
    void batchesGiveTheSameVectorsAsSingleTextsInAnyOrder() {
        List<String> texts = mixedTexts();
        for (OnnxEmbeddingModel model : List.of(zh, en)) {
            List<float[]> batch = model.embedPassages(texts);
            double worst = 0;
            for (int i = 0; i < texts.size(); i++) {
                float[] single = model.embedPassages(List.of(texts.get(i))).getFirst();
                worst = Math.max(worst, maxDifference(single, batch.get(i)));
            }
            LOG.info("{}: largest batch-vs-single difference {}", model.id(), worst);
            assertTrue(worst < 1e-4, model.id() + ": batch differs from single by " + worst);
        }
    }

    /** Spread over the cores for someone waiting, each text still gets its own run: the same vectors, in order. */
    @Test
    void textsEmbeddedAtOnceGetTheVectorsOfEmbeddingThemOneByOne() {
        List<String> texts = mixedTexts();
        for (OnnxEmbeddingModel model : List.of(zh, en)) {
            List<float[]> atOnce = model.embedPassagesAtOnce(texts);
            assertEquals(texts.size(), atOnce.size());
            for (int i = 0; i < texts.size(); i++) {
                float[] single = model.embedPassages(List.of(texts.get(i))).getFirst();
                org.junit.jupiter.api.Assertions.assertArrayEquals(single, atOnce.get(i), model.id() + " text " + i);
            }
        }
    }

    @Test
    void largerOnnxBatchesKeepInputOrderButShiftVectorsSlightly() {
        List<String> texts = mixedTexts();
        List<float[]> singles = zh.embedPassages(texts);
        EmbeddingSettings batched = EmbeddingSettings.withThreads(2).withMaxBatchSize(8);
        var spec = EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q;
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(spec, CACHE, batched)) {
            List<float[]> vectors = model.embedPassages(texts);
            double lowest = 1;
            for (int i = 0; i < texts.size(); i++) {
                lowest = Math.min(lowest, VectorMath.dot(singles.get(i), vectors.get(i)));
            }
            // Int8 activations share one scale per batch tensor, so batch-mates move a vector a little.
            LOG.info("zh model, batches of 8: lowest cosine to the single-text vector {}", lowest);
            assertTrue(lowest > 0.95, "lowest cosine " + lowest);
        }
    }

    private static List<String> mixedTexts() {
        List<String> texts = new ArrayList<>(List.of(ZH_QUERY, ZH_MATCH, ZH_OTHER, EN_QUERY, EN_MATCH, EN_OTHER,
                "", "短", ZH_MATCH.repeat(3), EN_MATCH + " " + ZH_OTHER));
        LOG.info("shuffle seed {}", SEED);
        Collections.shuffle(texts, new Random(SEED));
        return texts;
    }

    @Test
    void emptyTextAndVeryLongTextAreEmbedded() {
        for (OnnxEmbeddingModel model : List.of(zh, en)) {
            float[] empty = model.embedPassages(List.of("")).getFirst();
            assertEquals(1.0, VectorMath.dot(empty, empty), 1e-4);
            String longText = (ZH_MATCH + EN_MATCH).repeat(40);
            assertTrue(model.countTokens(longText) > 2_000);
            List<float[]> vectors = model.embedPassages(List.of(longText, longText + " 结尾不同 a different ending"));
            // Both are cut after 512 tokens, so the different endings are never seen.
            assertTrue(maxDifference(vectors.get(0), vectors.get(1)) < 1e-4, model.id());
        }
        assertTrue(zh.embedPassages(List.of()).isEmpty());
    }

    @Test
    void countTokensIsPlausibleForChineseAndEnglish() {
        assertEquals(0, zh.countTokens(""));
        assertEquals(6, zh.countTokens("知识库的搜索"), "one token per Chinese character");
        assertEquals(2, en.countTokens("Hello world"));
        int words = EN_MATCH.split(" ").length;
        int enTokens = en.countTokens(EN_MATCH);
        assertTrue(enTokens >= words && enTokens < words * 2, "tokens " + enTokens + " for " + words + " words");
        int zhTokens = zh.countTokens(ZH_MATCH);
        assertTrue(Math.abs(zhTokens - ZH_MATCH.length()) <= 3, "tokens " + zhTokens);
        assertEquals(510, zh.maxTextTokens());
    }

    @Test
    void chineseModelReadsCapitalisedEnglish() {
        List<float[]> vectors = zh.embedPassages(List.of("Hello World from PDF Files", "hello world from pdf files"));
        assertTrue(maxDifference(vectors.get(0), vectors.get(1)) < 1e-5);
    }

    @Test
    void severalThreadsEmbedAtOnce() throws Exception {
        List<String> texts = List.of(ZH_MATCH, EN_MATCH, ZH_OTHER, EN_OTHER);
        List<float[]> expected = zh.embedPassages(texts);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<float[]>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> zh.embedPassages(texts)));
            }
            for (Future<List<float[]>> result : results) {
                List<float[]> got = result.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertTrue(maxDifference(expected.get(i), got.get(i)) < 1e-4);
                }
            }
        }
    }

    @Test
    void closedModelRefusesWork() {
        OnnxEmbeddingModel model = OnnxEmbeddingModel.load(
                EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, CACHE, EmbeddingSettings.withThreads(1).withMaxLength(128));
        assertEquals(126, model.maxTextTokens());
        model.close();
        model.close();
        assertThrows(IllegalStateException.class, () -> model.embedQuery("anything"));
        assertThrows(IllegalStateException.class, () -> model.countTokens("anything"));
    }

    @Test
    void unknownModelIdNamesTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingModelSpec.bundled("bge-large"));
        assertTrue(e.getMessage().contains("bge-small-zh-v1.5-q"));
    }

    private static double maxDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
