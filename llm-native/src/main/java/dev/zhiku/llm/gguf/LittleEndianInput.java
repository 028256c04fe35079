package dev.zhiku.llm.gguf;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Buffered little-endian reads over a file, with the position and a bound on string lengths. */
final class LittleEndianInput implements Closeable {

    private final InputStream in;
    private final long limit;
    private long position;

    LittleEndianInput(InputStream raw, long limit) {
        this.in = new BufferedInputStream(raw, 1 << 16);
        this.limit = limit;
    }

    long position() {
        return position;
    }

    int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        position++;
        return b;
    }

    int i32() throws IOException {
        return u8() | u8() << 8 | u8() << 16 | u8() << 24;
    }

    long u32() throws IOException {
        return i32() & 0xFFFFFFFFL;
    }

    long i64() throws IOException {
        return u32() | u32() << 32;
    }

    short i16() throws IOException {
        return (short) (u8() | u8() << 8);
    }

    String string() throws IOException {
        long len = i64();
        if (len < 0 || len > limit - position) {
            throw new GgufFormatException("file is corrupt: a text of " + len + " bytes does not fit in the file");
        }
        byte[] b = in.readNBytes((int) len);
        if (b.length != len) {
            throw new EOFException();
        }
        position += len;
        return new String(b, StandardCharsets.UTF_8);
    }

    void skip(long n) throws IOException {
        if (n < 0 || n > limit - position) {
            throw new EOFException();
        }
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                throw new EOFException();
            }
            left -= s;
        }
        position += n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
