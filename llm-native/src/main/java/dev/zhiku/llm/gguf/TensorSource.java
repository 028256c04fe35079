package dev.zhiku.llm.gguf;

/** Produces a tensor's values chunk by chunk while {@link GgufWriter} streams them to disk. */
@FunctionalInterface
public interface TensorSource {

    /**
     * Fills {@code chunk} with the values of elements {@code first .. first + chunk.length - 1}, in ggml order
     * (fastest-varying dimension first).
     */
    void fill(float[] chunk, long first);

    /** Every element equal to {@code value} (norm weights are 1). */
    static TensorSource constant(float value) {
        return (chunk, first) -> java.util.Arrays.fill(chunk, value);
    }
}
