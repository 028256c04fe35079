package dev.zhiku.indexer.embed;

/**
 * How an embedding model runs on this machine.
 *
 * @param threads        onnxruntime intra-op threads
 * @param maxLength      texts longer than this many tokens (with [CLS] and [SEP]) are truncated
 * @param maxBatchSize   most texts in one ONNX run. Default 1: the bundled int8 models quantize activations
 *                       per tensor, so a text's vector would depend on its batch-mates (cosine 0.99 instead of
 *                       1.0), and on 2 cores batches of 8 or 32 measured slower than single texts anyway
 * @param maxBatchTokens most padded tokens (texts x longest length) in one ONNX run; bounds memory, since
 *                       attention needs batch x heads x length^2 floats
 */
public record EmbeddingSettings(int threads, int maxLength, int maxBatchSize, int maxBatchTokens) {

    public static final int DEFAULT_MAX_LENGTH = 512;
    public static final int DEFAULT_MAX_BATCH_SIZE = 1;
    public static final int DEFAULT_MAX_BATCH_TOKENS = 8192;

    public EmbeddingSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must be at least 3 tokens: " + maxLength);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1: " + maxBatchSize);
        }
        if (maxBatchTokens < maxLength) {
            throw new IllegalArgumentException(
                    "maxBatchTokens (" + maxBatchTokens + ") must hold one text of maxLength (" + maxLength + ")");
        }
    }

    /** All available processors, 512 tokens, one text per ONNX run. */
    public static EmbeddingSettings defaults() {
        return withThreads(Runtime.getRuntime().availableProcessors());
    }

    public static EmbeddingSettings withThreads(int threads) {
        return new EmbeddingSettings(threads, DEFAULT_MAX_LENGTH, DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BATCH_TOKENS);
    }

    public EmbeddingSettings withMaxLength(int length) {
        return new EmbeddingSettings(threads, length, maxBatchSize, Math.max(maxBatchTokens, length));
    }

    public EmbeddingSettings withMaxBatchSize(int size) {
        return new EmbeddingSettings(threads, maxLength, size, maxBatchTokens);
    }
}
