package dev.zhiku.llm.gguf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides from the header alone whether llama.cpp can load a GGUF file, before anything native runs. Checks, in
 * order: the file is GGUF, the version is 2 or 3, the architecture is supported, every tensor type is known, the
 * tensor data is all there, and the memory it needs (file size plus an f16 KV cache for the context) fits in the
 * memory available.
 */
public final class GgufValidator {

    private static final double GB = 1e9;

    private GgufValidator() {
    }

    /**
     * @param contextSize    the context the model will be loaded with
     * @param availableBytes memory free for the model (e.g. MemAvailable); 0 or less skips the memory check
     */
    public static ModelCheck check(Path file, int contextSize, long availableBytes) {
        if (!Files.isRegularFile(file)) {
            return ModelCheck.failed("model file not found: " + file, null);
        }
        GgufFile gguf;
        try {
            gguf = GgufReader.read(file);
        } catch (GgufFormatException e) {
            return ModelCheck.failed(e.getMessage(), null);
        } catch (IOException e) {
            return ModelCheck.failed("cannot read the model file: " + e.getMessage(), null);
        }
        return check(gguf, contextSize, availableBytes);
    }

    public static ModelCheck check(GgufFile gguf, int contextSize, long availableBytes) {
        ModelFacts facts = facts(gguf, contextSize);
        var archProblem = SupportedArchitectures.problem(gguf.architecture());
        if (archProblem.isPresent()) {
            return ModelCheck.failed(archProblem.get(), facts);
        }
        for (TensorInfo t : gguf.tensors()) {
            if (t.type().isEmpty()) {
                return ModelCheck.failed("unknown quantization type " + t.typeId() + " in tensor " + t.name()
                        + " (the file needs a newer engine)", facts);
            }
        }
        long expected = gguf.tensorDataSize();
        long found = Math.max(0, gguf.fileSize() - gguf.dataOffset());
        if (found < expected) {
            return ModelCheck.failed("file is truncated: expected " + expected + " bytes of tensor data, found "
                    + found, facts);
        }
        if (availableBytes > 0 && facts.memoryNeeded() > availableBytes) {
            return ModelCheck.failed(String.format(Locale.ROOT, "not enough memory: needs %.1f GB, %.1f GB free",
                    facts.memoryNeeded() / GB, availableBytes / GB), facts);
        }
        return ModelCheck.passed(facts);
    }

    /** The facts of a header; the KV cache is estimated for {@code contextSize} tokens. */
    public static ModelFacts facts(GgufFile g, int contextSize) {
        long kv = kvCacheBytes(g, contextSize);
        String name = g.string("general.name").orElse(g.path().getFileName().toString());
        String quant = g.integer("general.file_type").map(QuantizationLabels::label).orElseGet(() -> dominantType(g));
        return new ModelFacts(g.architecture(), name, quant, g.parameterCount(),
                g.archInt("context_length").orElse(0L), g.metadata().containsKey("tokenizer.chat_template"),
                g.fileSize(), kv, g.fileSize() + kv);
    }

    /** Keys and values in f16 for every layer: 2 × layers × context × kv-heads × head size × 2 bytes. */
    public static long kvCacheBytes(GgufFile g, int contextSize) {
        long layers = g.archInt("block_count").orElse(0L);
        long heads = g.archInt("attention.head_count").orElse(1L);
        long kvHeads = g.archInt("attention.head_count_kv").orElse(heads);
        long embd = g.archInt("embedding_length").orElse(0L);
        long keyLen = g.archInt("attention.key_length").orElse(heads > 0 ? embd / heads : 0);
        long valueLen = g.archInt("attention.value_length").orElse(keyLen);
        return layers * (long) contextSize * kvHeads * (keyLen + valueLen) * 2;
    }

    private static String dominantType(GgufFile g) {
        Map<String, Long> bytes = new HashMap<>();
        g.tensors().forEach(t -> bytes.merge(t.type().map(Enum::name).orElse("?"), t.elements(), Long::sum));
        return bytes.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse("unknown");
    }
}
