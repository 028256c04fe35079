package dev.zhiku.llm.hardware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures memory read bandwidth the way a decoding model uses memory: every core streams through its slice of
 * an array much larger than the caches, and the best of several passes counts. Takes a few hundred milliseconds
 * for the default 256 MB; run it once and cache the figure ({@link MemoryBandwidth}). A benchmark, not a test.
 */
public final class BandwidthMeter implements LongSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthMeter.class);
    private static final int DEFAULT_MEGABYTES = 256;
    private static final int PASSES = 8;

    private final int megabytes;
    private final int threads;
    private volatile long sink;

    public BandwidthMeter() {
        this(DEFAULT_MEGABYTES, Runtime.getRuntime().availableProcessors());
    }

    public BandwidthMeter(int megabytes, int threads) {
        this.megabytes = megabytes;
        this.threads = Math.max(1, threads);
    }

    /** Bytes read per second in the fastest pass; 0 if not even a small array could be allocated. */
    @Override
    public long getAsLong() {
        long[] data = allocate();
        if (data.length == 0) {
            return 0;
        }
        long bestNanos = Long.MAX_VALUE;
        for (int pass = 0; pass < PASSES; pass++) {
            bestNanos = Math.min(bestNanos, timeOnePass(data));
        }
        long bytesPerSecond = (long) (data.length * 8.0 * 1e9 / Math.max(1, bestNanos));
        LOG.info("Memory read bandwidth: {} MB/s ({} MB, {} threads, best of {})", bytesPerSecond / 1_000_000,
                data.length / 131_072, threads, PASSES);
        return bytesPerSecond;
    }

    private long[] allocate() {
        for (int mb = megabytes; mb >= 16; mb /= 2) {
            try {
                long[] data = new long[mb * 131_072];
                Arrays.fill(data, 1L);
                return data;
            } catch (OutOfMemoryError e) {
                LOG.debug("No heap for a {} MB bandwidth probe, trying half", mb);
            }
        }
        return new long[0];
    }

    private long timeOnePass(long[] data) {
        int slice = data.length / threads;
        long[] sums = new long[threads];
        List<Thread> workers = new ArrayList<>(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int index = t;
            int from = t * slice;
            int to = t == threads - 1 ? data.length : from + slice;
            Runnable work = () -> sums[index] = sum(data, from, to);
            workers.add(Thread.ofPlatform().name("zhiku-bandwidth-" + t).start(work));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Long.MAX_VALUE;
            }
        }
        long elapsed = System.nanoTime() - start;
        sink += Arrays.stream(sums).sum();
        return elapsed;
    }

    private static long sum(long[] data, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += data[i];
        }
        return total;
    }
}
