package dev.zhiku.app.bench;

import java.util.Arrays;

/** What the FX-thread heartbeat measured: how many beats, and how long the worst of them waited (milliseconds). */
record StallFigures(int beats, double longestMillis, double p99Millis, double medianMillis, int over50, int over100) {

    static StallFigures of(long[] delayNanos) {
        long[] sorted = delayNanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new StallFigures(0, 0, 0, 0, 0, 0);
        }
        return new StallFigures(n, millis(sorted[n - 1]), millis(percentile(sorted, 0.99)),
                millis(percentile(sorted, 0.5)), countOver(sorted, 50), countOver(sorted, 100));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int countOver(long[] sorted, long millis) {
        long limit = millis * 1_000_000L;
        return (int) Arrays.stream(sorted).filter(d -> d > limit).count();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
