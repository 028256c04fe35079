package dev.zhiku.llm.gguf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a GGUF file: metadata and tensor descriptions, without tensor data.
 *
 * @param path       the file
 * @param fileSize   its size in bytes
 * @param version    GGUF version (2 or 3)
 * @param metadata   all key/values; numbers as {@link Number}, booleans, strings, arrays as {@link GgufArray}
 * @param tensors    tensor descriptions in file order
 * @param alignment  data alignment ({@code general.alignment}, default 32)
 * @param dataOffset where the tensor data starts
 */
public record GgufFile(Path path, long fileSize, int version, Map<String, Object> metadata, List<TensorInfo> tensors,
                       int alignment, long dataOffset) {

    public GgufFile {
        metadata = Map.copyOf(metadata);
        tensors = List.copyOf(tensors);
    }

    public Optional<String> string(String key) {
        return metadata.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Long> integer(String key) {
        Object v = metadata.get(key);
        return v instanceof Number n && !(v instanceof Float || v instanceof Double)
                ? Optional.of(n.longValue()) : Optional.empty();
    }

    public Optional<Double> decimal(String key) {
        return metadata.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    public Optional<GgufArray> array(String key) {
        return metadata.get(key) instanceof GgufArray a ? Optional.of(a) : Optional.empty();
    }

    /** {@code general.architecture}, or empty. */
    public String architecture() {
        return string("general.architecture").orElse("");
    }

    /** An architecture-scoped integer, e.g. {@code archInt("block_count")} reads {@code llama.block_count}. */
    public Optional<Long> archInt(String suffix) {
        return integer(architecture() + "." + suffix);
    }

    /** Sum of the byte sizes of all tensors, padded as the format requires; -1 if a type is unknown. */
    public long tensorDataSize() {
        long end = 0;
        for (TensorInfo t : tensors) {
            long size = t.byteSize();
            if (size < 0) {
                return -1;
            }
            end = Math.max(end, t.offset() + size);
        }
        return end;
    }

    public long parameterCount() {
        return tensors.stream().mapToLong(TensorInfo::elements).sum();
    }
}
