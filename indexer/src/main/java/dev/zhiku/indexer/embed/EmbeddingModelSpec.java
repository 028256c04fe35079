package dev.zhiku.indexer.embed;

import java.util.List;
import java.util.Objects;

/**
 * Describes one BERT-style embedding model whose files are classpath resources.
 *
 * @param id                stable identifier stored beside every vector
 * @param onnxResource      classpath resource name of the ONNX graph
 * @param tokenizerResource classpath resource name of the HuggingFace {@code tokenizer.json}
 * @param dimension         length of the output vector
 * @param queryPrefix       instruction put before a search query (empty for none)
 * @param maxLength         longest input the model accepts, in tokens including [CLS] and [SEP]
 * @param lowercase         whether input must be lower-cased although the tokenizer file does not say so
 */
public record EmbeddingModelSpec(String id, String onnxResource, String tokenizerResource, int dimension,
                                 String queryPrefix, int maxLength, boolean lowercase) {

    /**
     * BAAI bge-small-zh-v1.5, int8-quantized. Its vocabulary (bert-base-chinese) holds only lower-case Latin
     * words but the bundled tokenizer.json does not lower-case, so every capitalised English word would be
     * [UNK]: {@code lowercase} restores what the original model does.
     */
    public static final EmbeddingModelSpec BGE_SMALL_ZH_V15_Q = new EmbeddingModelSpec(
            "bge-small-zh-v1.5-q", "bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5-q-tokenizer.json", 512,
            "为这个句子生成表示以用于检索相关文章：", 512, true);

    /** BAAI bge-small-en-v1.5, int8-quantized. */
    public static final EmbeddingModelSpec BGE_SMALL_EN_V15_Q = new EmbeddingModelSpec(
            "bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", 384,
            "Represent this sentence for searching relevant passages: ", 512, false);

    public EmbeddingModelSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(onnxResource, "onnxResource");
        Objects.requireNonNull(tokenizerResource, "tokenizerResource");
        Objects.requireNonNull(queryPrefix, "queryPrefix");
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive: " + dimension);
        }
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must leave room for [CLS], [SEP] and text: " + maxLength);
        }
    }

    /** The models shipped with Zhiku. */
    public static List<EmbeddingModelSpec> bundled() {
        return List.of(BGE_SMALL_ZH_V15_Q, BGE_SMALL_EN_V15_Q);
    }

    /** Finds a bundled model by id. */
    public static EmbeddingModelSpec bundled(String id) {
        return bundled().stream()
                .filter(spec -> spec.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown embedding model '" + id + "'; bundled models: "
                                + bundled().stream().map(EmbeddingModelSpec::id).toList()));
    }
}
