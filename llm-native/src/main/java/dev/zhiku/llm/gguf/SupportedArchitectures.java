package dev.zhiku.llm.gguf;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model architectures ({@code general.architecture}) the bundled llama.cpp (build b4916) can load, and the reason
 * for known newer ones it cannot, with the pointer to a model server that runs them (Ollama, LM Studio). Update
 * both when the native library is upgraded. Mistral models use {@code llama}; Qwen 2.5 uses {@code qwen2}; every
 * {@code qwen3*} (Qwen3, Qwen3 MoE, Qwen3.5) and {@code gemma4*} architecture is newer.
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
            "llama4", "Llama 4 models need a newer engine",
            "gemma3n", "Gemma 3n models need a newer engine",
            "glm4", "GLM-4 models need a newer engine");

    /** The pointer every refusal of a newer model ends with: where it does run, and how to answer with it. */
    static final String POINTER = ": use it through Ollama or LM Studio (for example `ollama pull %s`, then "
            + "`zhiku models use %s --engine ollama`; `zhiku models recommend` lists the current models)";

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
        if (architecture.startsWith("qwen3")) {
            return Optional.of("Qwen3 and Qwen3.5 models need a newer engine" + POINTER.formatted("qwen3.5:4b",
                    "qwen3.5:4b"));
        }
        if (architecture.startsWith("gemma4")) {
            return Optional.of("Gemma 4 models need a newer engine" + POINTER.formatted("gemma4:e4b", "gemma4:e4b"));
        }
        String known = NEWER.get(architecture);
        if (known != null) {
            return Optional.of(known + POINTER.formatted("qwen3.5:4b", "qwen3.5:4b"));
        }
        return Optional.of("model architecture '" + architecture + "' is not supported by this engine; a newer "
                + "engine such as Ollama or LM Studio may run it (`zhiku engines list`)");
    }
}
