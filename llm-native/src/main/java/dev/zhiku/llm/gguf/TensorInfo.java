package dev.zhiku.llm.gguf;

import java.util.Arrays;
import java.util.Optional;

/**
 * One tensor described in a GGUF header.
 *
 * @param name   tensor name, e.g. {@code blk.0.attn_q.weight}
 * @param dims   dimensions, fastest-varying first (ggml order)
 * @param typeId ggml type number as stored
 * @param offset offset of the data relative to the start of the data section
 */
public record TensorInfo(String name, long[] dims, int typeId, long offset) {

    public TensorInfo {
        dims = dims.clone();
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    public long elements() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    public Optional<GgmlType> type() {
        return GgmlType.byId(typeId);
    }

    /** Bytes of data, or -1 when the type is unknown. */
    public long byteSize() {
        return type().map(t -> t.bytesFor(elements())).orElse(-1L);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorInfo t && t.name.equals(name) && Arrays.equals(t.dims, dims)
                && t.typeId == typeId && t.offset == offset;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dims) + ":" + type().map(Enum::name).orElse("type" + typeId);
    }
}
