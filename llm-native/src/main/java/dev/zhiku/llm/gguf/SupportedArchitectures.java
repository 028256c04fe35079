package dev.zhiku.llm.gguf;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model architectures ({@code general.architecture}) the bundled llama.cpp (build b4916) can load, and the reason
 * for known newer ones it cannot. Update both when the native library is upgraded. Mistral models use
 * {@code llama}; Qwen 2.5 uses {@code qwen2}.
 */
public final class SupportedArchitectures {

    public static final Set<String> B4916 = Set.of(
            "llama", "deci", "falcon", "grok", "gpt2", "gptj", "gptneox", "mpt", "baichuan", "starcoder", "refact",
            "bert", "nomic-bert", "jina-bert-v2", "bloom", "stablelm", "qwen", "qwen2", "qwen2moe", "qwen2vl",
            "phi2", "phi3", "phimoe", "plamo", "codeshell", "orion", "internlm2", "minicpm", "minicpm3", "gemma",
            "gemma2", "gemma3", "starcoder2", "mamba", "xverse", "command-r", "cohere2", "dbrx", "olmo", "olmo2",
            "olmoe", "openelm", "arctic", "deepseek", "deepseek2", "chatglm", "bitnet", "t5", "t5encoder", "jais",
            "nemotron", "exaone", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7", "granite", "granitemoe", "chameleon");

    private static final Map<String, String> NEWER = Map.of(
            "qwen3", "Qwen3 models need a newer engine",
            "qwen3moe", "Qwen3 models need a newer engine",
            "llama4", "Llama 4 models need a newer engine",
            "gemma3n", "Gemma 3n models need a newer engine",
            "glm4", "GLM-4 models need a newer engine");

    private SupportedArchitectures() {
    }

    /** Empty when the architecture loads; otherwise a one-line reason. */
    public static Optional<String> problem(String architecture) {
        if (architecture == null || architecture.isBlank()) {
            return Optional.of("the file does not say which model architecture it is");
        }
        if (B4916.contains(architecture)) {
            return Optional.empty();
        }
        return Optional.of(NEWER.getOrDefault(architecture,
                "model architecture '" + architecture + "' is not supported by this engine"));
    }
}
