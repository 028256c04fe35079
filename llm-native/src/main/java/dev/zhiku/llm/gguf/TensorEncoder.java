package dev.zhiku.llm.gguf;

import java.nio.ByteBuffer;

/** Encodes floats as F32, F16, Q4_0 or Q8_0 blocks, the layouts ggml reads. */
final class TensorEncoder {

    private TensorEncoder() {
    }

    static boolean canWrite(GgmlType type) {
        return type == GgmlType.F32 || type == GgmlType.F16 || type == GgmlType.Q4_0 || type == GgmlType.Q8_0;
    }

    /** Encodes {@code n} values (a multiple of the block size) into {@code out} (little-endian). */
    static void encode(GgmlType type, float[] src, int n, ByteBuffer out) {
        switch (type) {
            case F32 -> {
                for (int i = 0; i < n; i++) {
                    out.putFloat(src[i]);
                }
            }
            case F16 -> {
                for (int i = 0; i < n; i++) {
                    out.putShort(Float.floatToFloat16(src[i]));
                }
            }
            case Q4_0 -> {
                for (int b = 0; b < n; b += 32) {
                    q40Block(src, b, out);
                }
            }
            case Q8_0 -> {
                for (int b = 0; b < n; b += 32) {
                    q80Block(src, b, out);
                }
            }
            default -> throw new IllegalArgumentException("cannot write tensors of type " + type);
        }
    }

    private static void q40Block(float[] x, int at, ByteBuffer out) {
        float max = 0;
        float amax = 0;
        for (int j = 0; j < 32; j++) {
            float v = x[at + j];
            if (Math.abs(v) > amax) {
                amax = Math.abs(v);
                max = v;
            }
        }
        float d = max / -8;
        float id = d != 0 ? 1 / d : 0;
        out.putShort(Float.floatToFloat16(d));
        for (int j = 0; j < 16; j++) {
            int lo = Math.min(15, (int) (x[at + j] * id + 8.5f));
            int hi = Math.min(15, (int) (x[at + j + 16] * id + 8.5f));
            out.put((byte) (lo | hi << 4));
        }
    }

    private static void q80Block(float[] x, int at, ByteBuffer out) {
        float amax = 0;
        for (int j = 0; j < 32; j++) {
            amax = Math.max(amax, Math.abs(x[at + j]));
        }
        float d = amax / 127;
        float id = d != 0 ? 1 / d : 0;
        out.putShort(Float.floatToFloat16(d));
        for (int j = 0; j < 32; j++) {
            out.put((byte) Math.round(x[at + j] * id));
        }
    }
}
