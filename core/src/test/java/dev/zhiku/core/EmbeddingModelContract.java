package dev.zhiku.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmbeddingModel} must do — the bundled ONNX model, a model a server runs, any stand-in. Extend it
 * and return the implementation under test.
 */
public abstract class EmbeddingModelContract {

    private static final List<String> TEXTS = List.of("Mimi the cat lived in a small tea house in Hangzhou.",
            "绿色植物在叶绿体中捕获阳光，把二氧化碳和水变成糖和氧气。", "pg_upgrade --clone copies nothing.");

    /** The model under test. */
    protected abstract EmbeddingModel model();

    /** Opens a model the server does not have; must throw. */
    protected abstract EmbeddingModel openUnknownModel();

    /** A model whose server has gone away (opened while it ran); embedding must throw. */
    protected abstract EmbeddingModel modelOnGoneServer();

    @Test
    void everyVectorHasTheModelsDimensionAndUnitLength() {
        int dimension = model().dimension();
        assertTrue(dimension > 0);
        List<float[]> vectors = model().embedPassages(TEXTS);
        assertEquals(TEXTS.size(), vectors.size());
        for (float[] v : vectors) {
            assertEquals(dimension, v.length);
            assertEquals(1.0, dot(v, v), 1e-3);
        }
        assertEquals(dimension, model().embedQuery("where did the cat live?").length);
        assertFalse(model().id().isBlank());
    }

    @Test
    void theSameTextGivesTheSameVector() {
        float[] first = model().embedPassages(List.of(TEXTS.get(0))).getFirst();
        float[] again = model().embedPassages(List.of(TEXTS.get(0))).getFirst();
        assertEquals(1.0, dot(first, again), 1e-5);
    }

    @Test
    void aBatchEqualsTheTextsOneByOne() {
        List<float[]> batch = model().embedPassages(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] single = model().embedPassages(List.of(TEXTS.get(i))).getFirst();
            assertEquals(1.0, dot(batch.get(i), single), 1e-3, TEXTS.get(i));
        }
        assertEquals(List.of(), model().embedPassages(List.of()));
    }

    @Test
    void differentTextsGiveDifferentVectors() {
        List<float[]> vectors = model().embedPassages(TEXTS);
        assertTrue(dot(vectors.get(0), vectors.get(1)) < 0.999);
    }

    @Test
    void anUnknownModelFailsWithItsName() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            try (EmbeddingModel m = openUnknownModel()) {
                m.embedPassages(TEXTS);
            }
        });
        assertTrue(e.getMessage() != null && e.getMessage().contains("no-such-embedder"), e.getMessage());
    }

    @Test
    void aGoneServerFailsWithOneClearLine() {
        EmbeddingModel gone = modelOnGoneServer();
        try {
            RuntimeException e = assertThrows(RuntimeException.class, () -> gone.embedPassages(TEXTS));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && !e.getMessage().contains("\n"),
                    String.valueOf(e.getMessage()));
        } finally {
            gone.close();
        }
    }

    /** The name an unknown model must be opened with, so the failure can be checked to name it. */
    protected static String unknownModelName() {
        return "no-such-embedder";
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
