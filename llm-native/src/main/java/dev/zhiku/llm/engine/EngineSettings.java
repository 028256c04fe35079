package dev.zhiku.llm.engine;

/**
 * How a model is run.
 *
 * @param threads     CPU threads for prompt and decode; physical cores is best (hyper-threads slow llama.cpp)
 * @param contextSize tokens of context (prompt + answer) to allocate; the KV cache grows with it
 * @param gpuLayers   layers to offload to a GPU; only effective with a GPU build of the native library placed via
 *                    {@link NativeRuntime#LIBRARY_PATH_PROPERTY} (the bundled library is CPU only)
 * @param batchSize   prompt tokens processed per batch
 * @param quiet       silence llama.cpp's own log on stderr
 */
public record EngineSettings(int threads, int contextSize, int gpuLayers, int batchSize, boolean quiet) {

    public EngineSettings {
        if (threads < 1 || contextSize < 64 || batchSize < 1 || gpuLayers < 0) {
            throw new IllegalArgumentException("invalid engine settings");
        }
    }

    /** Defaults for a machine with {@code physicalCores} cores: 4,096 tokens of context, batch 512, CPU only. */
    public static EngineSettings defaults(int physicalCores) {
        return new EngineSettings(Math.max(1, physicalCores), 4096, 0, 512, true);
    }

    public EngineSettings withContextSize(int n) {
        return new EngineSettings(threads, n, gpuLayers, batchSize, quiet);
    }

    public EngineSettings withQuiet(boolean q) {
        return new EngineSettings(threads, contextSize, gpuLayers, batchSize, q);
    }
}
