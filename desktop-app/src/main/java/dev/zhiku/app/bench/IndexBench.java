package dev.zhiku.app.bench;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.cli.UsageException;
import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku bench index}: indexes folders into a fresh home and prints when they were keyword-searchable and
 * when all vectors were in, per-stage figures and CPU time; then, in the same run, indexes the same files the plain
 * way ({@link ReferenceIndexing}: Tika + one-field Lucene BM25) and prints Zhiku's keyword-searchable time as a
 * ratio to it. The reference runs in a fresh JVM with the same options, so neither pass finds the other's classes
 * loaded and compiled; files are read once beforehand so both find them in the page cache.
 */
@Command(name = "index", description = {"indexing speed, per-stage CPU, peak heap, and the ratio to a plain Tika + Lucene pass",
    "Indexes into a fresh home (keyword-ready and vectors-ready times), then the same files with Tika and",
    "a one-field Lucene BM25 index in a fresh JVM, and prints the keyword-ready time as a ratio to it."})
final class IndexBench implements Callable<Integer> {

    private final PrintStream out;
    private final AtomicLong zhikuKeywordCpu = new AtomicLong(-1);

    @Mixin
    private BenchHome homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: the indexer's)")
    private Integer threads;

    @Option(names = "--keyword-only", description = "no vectors: measure the keyword phase only")
    private boolean keywordOnly;

    @Option(names = "--no-reference", description = "skip the plain Tika + Lucene reference pass")
    private boolean noReference;

    @Parameters(paramLabel = "PATH", description = "folders or files to index")
    private List<String> roots;

    IndexBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (Picocli.given(roots).isEmpty()) {
            throw new UsageException("bench index needs a folder to index");
        }
        List<Path> paths = roots.stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p);
            }
        }
        ZhikuHome home = homeOption.prepare("zhiku-bench-");
        IndexerSettings settings = IndexerSettings.defaults();
        settings = settings.withThreads(Picocli.bounded("--threads", threads, settings.threads(), 1, 64));
        List<Path> files = ReferenceRun.indexing(settings).files(paths);
        long bytes = warm(files);
        double keywordSeconds = zhiku(home, settings, paths, bytes, !keywordOnly);
        if (!noReference) {
            ReferenceRun r = ReferenceRun.inFreshJvm(settings.threads(), paths);
            out.printf(Locale.ROOT, "reference       Tika AutoDetectParser + one-field Lucene BM25 (fresh JVM, "
                    + "%d threads): %d files (%d failed), %.1f M chars%n", settings.threads(), r.files(), r.failed(),
                    r.chars() / 1e6);
            out.printf(Locale.ROOT, "reference       searchable %.2f s (extracted and added %.2f s); CPU: extract "
                    + "%d ms, index %d ms, process %d ms%n", r.searchableMillis() / 1000.0, r.extractMillis() / 1000.0,
                    r.extractCpuMillis(), r.indexCpuMillis(), r.processCpuMillis());
            out.printf(Locale.ROOT, "ratio           keyword-searchable %.2fx the reference (goal <= 2x); "
                    + "keyword-phase CPU %.2fx the reference's process CPU%n",
                    keywordSeconds / Math.max(1e-3, r.searchableMillis() / 1000.0),
                    zhikuKeywordCpu.get() / (double) Math.max(1, r.processCpuMillis()));
        }
        return 0;
    }

    private double zhiku(ZhikuHome home, IndexerSettings settings, List<Path> paths, long bytes, boolean vectors)
            throws Exception {
        BenchCommand.resetPeaks();
        long t0 = System.nanoTime();
        long cpuStart = processCpuMillis();
        AtomicLong keywordCpu = zhikuKeywordCpu;
        try (Wiring wiring = Homes.open(home, settings)) {
            if (vectors) {
                wiring.embeddings();
            }
            long modelMillis = (System.nanoTime() - t0) / 1_000_000;
            try (Indexer indexer = wiring.indexer(vectors, new IndexControl(), p -> {
                if (p.phase() == IndexProgress.Phase.DONE || p.phase() == IndexProgress.Phase.CANCELLED) {
                    keywordCpu.compareAndSet(-1, processCpuMillis() - cpuStart);
                }
            })) {
                indexer.addRoots(paths, false);
                RunReport r = indexer.run();
                long totalCpu = processCpuMillis() - cpuStart;
                long[] stages = indexer.catalog().stageTotals();
                long passages = indexer.index().count(false);
                double seconds = r.totalMillis() / 1000.0;
                out.printf(Locale.ROOT, "home            %s%n", home.root());
                out.printf(Locale.ROOT, "files           %d read (%.1f MB on disk), %d passages%n", r.read(),
                        bytes / 1e6, passages);
                out.printf(Locale.ROOT, "model load      %d ms%n", modelMillis);
                out.printf(Locale.ROOT, "scan            %d ms%n", r.scannedMillis());
                out.printf(Locale.ROOT, "keyword-ready   %.2f s after start (process CPU %d ms)%n",
                        r.keywordMillis() / 1000.0, keywordCpu.get());
                out.printf(Locale.ROOT, "vectors-ready   %.2f s after start%n", r.vectorsMillis() / 1000.0);
                out.printf(Locale.ROOT, "total           %.2f s (process CPU %d ms)%n", seconds, totalCpu);
                out.printf(Locale.ROOT, "throughput      %.1f files/s, %.2f MB/s, %.1f passages/s%n",
                        r.read() / seconds, bytes / 1e6 / seconds, passages / seconds);
                out.printf(Locale.ROOT, "stages (ms summed over threads): extract %d (wall), chunk %d (CPU), "
                        + "write %d (CPU), embed %d (wall)%n", stages[0], stages[1], stages[2], stages[3]);
                out.printf(Locale.ROOT, "embedded        %d passages (%.1f passages/s in the vector phase)%n",
                        r.embedded(), r.embedded() / Math.max(1e-3, (r.vectorsMillis() - r.keywordMillis()) / 1000.0));
                out.printf(Locale.ROOT, "peak heap       %.0f MB (max %.0f MB)%n", BenchCommand.peakHeap() / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
                return r.keywordMillis() / 1000.0;
            }
        }
    }

    /** Reads every file once (page cache) and returns their total size. */
    private static long warm(List<Path> files) {
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            } catch (IOException e) {
                // unreadable: both passes will report it
            }
        }
        return bytes;
    }

    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

}
