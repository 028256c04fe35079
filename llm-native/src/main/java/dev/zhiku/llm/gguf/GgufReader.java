package dev.zhiku.llm.gguf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the header of a GGUF file (versions 2 and 3) without loading tensor data. Arrays longer than
 * {@link #KEEP_ARRAY_LIMIT} elements are skipped (their length is kept), so a 150k-token vocabulary costs a few
 * milliseconds and no memory.
 */
public final class GgufReader {

    /** The four bytes every GGUF file starts with, "GGUF", read as a little-endian int. */
    public static final int MAGIC = 0x46554747;
    /** Arrays up to this many elements are kept in the metadata. */
    public static final int KEEP_ARRAY_LIMIT = 64;
    private static final int DEFAULT_ALIGNMENT = 32;

    private GgufReader() {
    }

    /**
     * @throws GgufFormatException when the file is not GGUF, has an unsupported version or a corrupt header
     */
    public static GgufFile read(Path path) throws IOException {
        long size = Files.size(path);
        try (LittleEndianInput in = new LittleEndianInput(Files.newInputStream(path), size)) {
            if (size < 24 || in.i32() != MAGIC) {
                throw new GgufFormatException("not a GGUF model file");
            }
            int version = in.i32();
            if (version != 2 && version != 3) {
                throw new GgufFormatException("unsupported GGUF version " + version + " (only 2 and 3 are read)");
            }
            long tensorCount = in.i64();
            long kvCount = in.i64();
            if (tensorCount < 0 || kvCount < 0 || tensorCount > size / 24 || kvCount > size / 12) {
                throw new GgufFormatException("file is corrupt: impossible tensor or metadata count");
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            for (long i = 0; i < kvCount; i++) {
                String key = in.string();
                meta.put(key, readValue(in, GgufValueType.byId(in.i32())));
            }
            List<TensorInfo> tensors = new ArrayList<>();
            for (long i = 0; i < tensorCount; i++) {
                tensors.add(readTensor(in));
            }
            int alignment = meta.get("general.alignment") instanceof Number n ? n.intValue() : DEFAULT_ALIGNMENT;
            if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
                throw new GgufFormatException("file is corrupt: alignment " + alignment + " is not a power of two");
            }
            long dataOffset = (in.position() + alignment - 1) / alignment * alignment;
            return new GgufFile(path, size, version, meta, tensors, alignment, dataOffset);
        } catch (EOFException e) {
            throw new GgufFormatException("file is truncated: it ends inside its header");
        }
    }

    private static TensorInfo readTensor(LittleEndianInput in) throws IOException {
        String name = in.string();
        int nDims = in.i32();
        if (nDims < 1 || nDims > 4) {
            throw new GgufFormatException("file is corrupt: tensor " + name + " has " + nDims + " dimensions");
        }
        long[] dims = new long[nDims];
        for (int d = 0; d < nDims; d++) {
            dims[d] = in.i64();
            if (dims[d] < 0) {
                throw new GgufFormatException("file is corrupt: tensor " + name + " has a negative dimension");
            }
        }
        return new TensorInfo(name, dims, in.i32(), in.i64());
    }

    private static Object readValue(LittleEndianInput in, GgufValueType type) throws IOException {
        return switch (type) {
            case UINT8 -> in.u8();
            case INT8 -> (byte) in.u8();
            case UINT16 -> in.i16() & 0xFFFF;
            case INT16 -> in.i16();
            case UINT32 -> in.u32();
            case INT32 -> in.i32();
            case FLOAT32 -> Float.intBitsToFloat(in.i32());
            case BOOL -> in.u8() != 0;
            case STRING -> in.string();
            case UINT64, INT64 -> in.i64();
            case FLOAT64 -> Double.longBitsToDouble(in.i64());
            case ARRAY -> readArray(in);
        };
    }

    private static GgufArray readArray(LittleEndianInput in) throws IOException {
        GgufValueType type = GgufValueType.byId(in.i32());
        long length = in.i64();
        if (length < 0) {
            throw new GgufFormatException("file is corrupt: negative array length");
        }
        if (length > KEEP_ARRAY_LIMIT) {
            if (type.size() > 0) {
                in.skip(length * type.size());
            } else if (type == GgufValueType.STRING) {
                for (long i = 0; i < length; i++) {
                    in.skip(in.i64());
                }
            } else {
                throw new GgufFormatException("file is corrupt: nested array of " + length + " arrays");
            }
            return new GgufArray(type, length, List.of());
        }
        List<Object> values = new ArrayList<>((int) length);
        for (int i = 0; i < length; i++) {
            values.add(readValue(in, type));
        }
        return new GgufArray(type, length, values);
    }
}
