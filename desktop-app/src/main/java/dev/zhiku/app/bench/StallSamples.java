package dev.zhiku.app.bench;

import java.util.Arrays;

/** A growing list of delays in nanoseconds, written on the FX thread and read when the measuring ends. */
final class StallSamples {

    private long[] values = new long[4096];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
