package dev.zhiku.indexer.store;

import dev.zhiku.indexer.embed.EmbeddingModelSpec;

/**
 * Which Lucene field holds which model's vectors: one field per model, so two models' vectors are never in one
 * field and a query embedded by a model is only ever compared with that model's vectors. The bundled model keeps
 * the field every index had before there were others ({@code vector}); any other model's field is
 * {@code vector:} followed by its id ("vector:ollama/bge-m3").
 */
public final class VectorFields {

    /** The field of the bundled model, as in every index made before vector sets. */
    public static final String BUNDLED = "vector";
    /** The model whose vectors {@link #BUNDLED} holds. */
    public static final String BUNDLED_MODEL = EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q.id();
    private static final String PREFIX = "vector:";

    private VectorFields() {
    }

    /** The field of a model's vectors. */
    public static String of(String modelId) {
        return BUNDLED_MODEL.equals(modelId) ? BUNDLED : PREFIX + modelId;
    }

    /** Whether a field name is one of vectors. */
    static boolean isVectorField(String field) {
        return BUNDLED.equals(field) || field.startsWith(PREFIX);
    }
}
