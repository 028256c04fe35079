package dev.zhiku.llm.gguf;

/** Metadata value types of the GGUF format, with their numbers in the file. */
public enum GgufValueType {
    UINT8(1), INT8(1), UINT16(2), INT16(2), UINT32(4), INT32(4), FLOAT32(4), BOOL(1), STRING(-1), ARRAY(-1),
    UINT64(8), INT64(8), FLOAT64(8);

    private final int size;

    GgufValueType(int size) {
        this.size = size;
    }

    /** Bytes of one value, or -1 for variable-length types. */
    public int size() {
        return size;
    }

    public int id() {
        return ordinal();
    }

    public static GgufValueType byId(int id) throws GgufFormatException {
        if (id < 0 || id >= values().length) {
            throw new GgufFormatException("file is corrupt: unknown metadata value type " + id);
        }
        return values()[id];
    }
}
