package dev.zhiku.llm.discovery;

/**
 * What a GGUF reader learned from a file's header; supplied by the caller of {@link ModelDiscovery}.
 *
 * @param architecture {@code general.architecture}, e.g. {@code qwen2}
 * @param quantization e.g. {@code Q4_K_M}
 * @param parameterCount number of weights, 0 when unknown
 * @param loadable whether this engine can load it
 * @param reason why not, when not loadable; otherwise empty
 */
public record GgufFacts(String architecture, String quantization, long parameterCount, boolean loadable,
        String reason) {
}
