package dev.zhiku.llm.gguf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes GGUF version 3 files. Metadata is collected first; tensor data is streamed from {@link TensorSource}s
 * chunk by chunk, so writing a 400 MB model needs a few hundred kilobytes of heap. Tensors can be F32, F16, Q4_0
 * or Q8_0 (quantized tensors need a first dimension that is a multiple of 32).
 */
public final class GgufWriter {

    private static final int CHUNK = 32 * 2048;

    private record Entry(String key, GgufValueType type, Object value) {
    }

    private record Tensor(String name, GgmlType type, long[] dims, TensorSource source, long elements) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Tensor> tensors = new ArrayList<>();
    private final int alignment = 32;

    public GgufWriter putString(String key, String value) {
        return add(key, GgufValueType.STRING, value);
    }

    public GgufWriter putUInt32(String key, long value) {
        return add(key, GgufValueType.UINT32, value);
    }

    public GgufWriter putInt32(String key, int value) {
        return add(key, GgufValueType.INT32, value);
    }

    public GgufWriter putFloat32(String key, float value) {
        return add(key, GgufValueType.FLOAT32, value);
    }

    public GgufWriter putBool(String key, boolean value) {
        return add(key, GgufValueType.BOOL, value);
    }

    public GgufWriter putStrings(String key, List<String> values) {
        return add(key, GgufValueType.ARRAY, List.copyOf(values));
    }

    public GgufWriter putFloats(String key, float[] values) {
        return add(key, GgufValueType.ARRAY, values.clone());
    }

    public GgufWriter putInts(String key, int[] values) {
        return add(key, GgufValueType.ARRAY, values.clone());
    }

    /** Adds a tensor; {@code dims} fastest-varying first, as ggml orders them. */
    public GgufWriter addTensor(String name, GgmlType type, long[] dims, TensorSource source) {
        if (!TensorEncoder.canWrite(type)) {
            throw new IllegalArgumentException("cannot write tensors of type " + type);
        }
        if (dims[0] % type.blockSize() != 0) {
            throw new IllegalArgumentException(name + ": first dimension must be a multiple of " + type.blockSize());
        }
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        tensors.add(new Tensor(name, type, dims.clone(), source, n));
        return this;
    }

    private GgufWriter add(String key, GgufValueType type, Object value) {
        entries.add(new Entry(key, type, value));
        return this;
    }

    /** Writes the file, replacing any existing one. */
    public void write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             LittleEndianOutput out = new LittleEndianOutput(new BufferedOutputStream(raw, 1 << 16))) {
            out.i32(GgufReader.MAGIC);
            out.i32(3);
            out.i64(tensors.size());
            out.i64(entries.size());
            for (Entry e : entries) {
                out.string(e.key());
                writeValue(out, e);
            }
            long offset = 0;
            for (Tensor t : tensors) {
                out.string(t.name());
                out.i32(t.dims().length);
                for (long d : t.dims()) {
                    out.i64(d);
                }
                out.i32(t.type().id());
                out.i64(offset);
                offset = align(offset + t.type().bytesFor(t.elements()));
            }
            out.pad(align(out.position()) - out.position());
            for (Tensor t : tensors) {
                long start = out.position();
                streamTensor(out, t);
                out.pad(align(out.position() - start) - (out.position() - start));
            }
        }
    }

    private long align(long v) {
        return (v + alignment - 1) / alignment * alignment;
    }

    private static void streamTensor(LittleEndianOutput out, Tensor t) throws IOException {
        float[] chunk = new float[CHUNK];
        ByteBuffer buf = ByteBuffer.allocate(CHUNK * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (long first = 0; first < t.elements(); first += CHUNK) {
            int n = (int) Math.min(CHUNK, t.elements() - first);
            float[] target = n == CHUNK ? chunk : new float[n];
            t.source().fill(target, first);
            buf.clear();
            TensorEncoder.encode(t.type(), target, n, buf);
            out.bytes(buf.array(), buf.position());
        }
    }

    private static void writeValue(LittleEndianOutput out, Entry e) throws IOException {
        out.i32(e.type().id());
        switch (e.value()) {
            case String s -> out.string(s);
            case Boolean b -> out.u8(b ? 1 : 0);
            case Float f -> out.i32(Float.floatToIntBits(f));
            case Integer i -> out.i32(i);
            case Long l -> out.i32((int) (long) l);
            case float[] fs -> {
                out.i32(GgufValueType.FLOAT32.id());
                out.i64(fs.length);
                for (float f : fs) {
                    out.i32(Float.floatToIntBits(f));
                }
            }
            case int[] is -> {
                out.i32(GgufValueType.INT32.id());
                out.i64(is.length);
                for (int i : is) {
                    out.i32(i);
                }
            }
            case List<?> strings -> {
                out.i32(GgufValueType.STRING.id());
                out.i64(strings.size());
                for (Object s : strings) {
                    out.string((String) s);
                }
            }
            default -> throw new IllegalStateException("unexpected value " + e.value());
        }
    }

    /** Little-endian writes with the position. */
    private static final class LittleEndianOutput implements AutoCloseable {
        private final OutputStream out;
        private final byte[] scratch = new byte[8];
        private long position;

        LittleEndianOutput(OutputStream out) {
            this.out = out;
        }

        long position() {
            return position;
        }

        void u8(int v) throws IOException {
            out.write(v);
            position++;
        }

        void i32(int v) throws IOException {
            ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN).putInt(0, v);
            bytes(scratch, 4);
        }

        void i64(long v) throws IOException {
            ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN).putLong(0, v);
            bytes(scratch, 8);
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i64(b.length);
            bytes(b, b.length);
        }

        void pad(long n) throws IOException {
            for (long i = 0; i < n; i++) {
                u8(0);
            }
        }

        void bytes(byte[] b, int len) throws IOException {
            out.write(b, 0, len);
            position += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
