package dev.zhiku.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of measured latencies (nearest rank), in milliseconds. */
record LatencyFigures(int count, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {

    static LatencyFigures of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new LatencyFigures(0, 0, 0, 0, 0);
        }
        return new LatencyFigures(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)),
                millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    /** For example {@code p50 12.3 ms, p95 40.1 ms, p99 52.0 ms, max 60.2 ms}. */
    String describe() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                p50Millis, p95Millis, p99Millis, maxMillis);
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
