package dev.zhiku.llm.gguf;

/**
 * The shape of a random-weight model for tests and benchmarks.
 *
 * @param architecture  {@code llama} or {@code qwen2} (qwen2 adds q/k/v biases)
 * @param name          {@code general.name}
 * @param layers        block count
 * @param embedding     embedding length (a multiple of 32 for quantized weights)
 * @param heads         attention heads
 * @param kvHeads       key/value heads (grouped-query attention when fewer than heads)
 * @param feedForward   feed-forward length (a multiple of 32 for quantized weights)
 * @param vocabulary    tokens in the synthetic vocabulary (at least {@link SyntheticVocabulary#MIN_SIZE})
 * @param contextLength trained context length written to the header
 * @param weightType    type of the weight matrices: F32, F16, Q4_0 or Q8_0 (norms and biases are F32)
 * @param tiedOutput    true to omit {@code output.weight} (the output reuses the token embedding)
 * @param seed          seed of the random weights
 */
public record SyntheticModelSpec(String architecture, String name, int layers, int embedding, int heads,
                                 int kvHeads, int feedForward, int vocabulary, int contextLength,
                                 GgmlType weightType, boolean tiedOutput, long seed) {

    public SyntheticModelSpec {
        if (!architecture.equals("llama") && !architecture.equals("qwen2")) {
            throw new IllegalArgumentException("synthetic models are llama or qwen2, not " + architecture);
        }
        if (embedding % heads != 0 || heads % kvHeads != 0) {
            throw new IllegalArgumentException("heads must divide the embedding and kv heads the heads");
        }
    }

    /** A tiny llama model (2 layers, 64 wide, F16): writes and loads in milliseconds. */
    public static SyntheticModelSpec tinyLlama() {
        return new SyntheticModelSpec("llama", "tiny-llama", 2, 64, 4, 2, 128, 512, 2048, GgmlType.F16, false, 7);
    }

    /** A tiny qwen2 model (2 layers, 64 wide, F32, with q/k/v biases). */
    public static SyntheticModelSpec tinyQwen2() {
        return new SyntheticModelSpec("qwen2", "tiny-qwen2", 2, 64, 4, 2, 128, 512, 2048, GgmlType.F32, false, 11);
    }

    /** Qwen2.5-0.5B-Instruct's shape (24 layers, 896 wide, 14/2 heads, 151,936 tokens), Q4_0, tied output. */
    public static SyntheticModelSpec qwen25HalfB() {
        return new SyntheticModelSpec("qwen2", "synthetic-qwen2.5-0.5b-q4_0", 24, 896, 14, 2, 4864, 151_936, 32_768,
                GgmlType.Q4_0, true, 42);
    }

    /** Random Q4_0 weights in the shapes of Qwen2.5-1.5B-Instruct (for the benchmark). */
    public static SyntheticModelSpec qwen25OnePointFiveB() {
        return new SyntheticModelSpec("qwen2", "synthetic-qwen2.5-1.5b-q4_0", 28, 1536, 12, 2, 8960, 151_936, 32_768,
                GgmlType.Q4_0, true, 42);
    }

    public SyntheticModelSpec withContextLength(int n) {
        return new SyntheticModelSpec(architecture, name, layers, embedding, heads, kvHeads, feedForward, vocabulary,
                n, weightType, tiedOutput, seed);
    }

    public SyntheticModelSpec withLayers(int n) {
        return new SyntheticModelSpec(architecture, name, n, embedding, heads, kvHeads, feedForward, vocabulary,
                contextLength, weightType, tiedOutput, seed);
    }

    public SyntheticModelSpec withWidth(int embd, int ff) {
        return new SyntheticModelSpec(architecture, name, layers, embd, heads, kvHeads, ff, vocabulary,
                contextLength, weightType, tiedOutput, seed);
    }

    public int headSize() {
        return embedding / heads;
    }
}
