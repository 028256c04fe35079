package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.RunReport;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code zhiku bench index|search|serve|llm|startup|ui}: measured figures for the performance budgets. */
final class BenchCommand {

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            throw new UsageException(
                    "bench needs what to measure: index, search, serve, cloud, llm, startup, ui or viewer");
        }
        return switch (argv.getFirst()) {
            case "index" -> index(argv.subList(1, argv.size()));
            case "llm" -> new LlmBenchCommand(out).run(argv.subList(1, argv.size()));
            case "startup" -> new StartupBench(out).run(argv.subList(1, argv.size()));
            case "ui" -> new UiBench(out).run(argv.subList(1, argv.size()));
            case "cloud" -> new CloudBench(out).run(argv.subList(1, argv.size()));
            case "viewer" -> viewer(argv.subList(1, argv.size()));
            case "serve" -> new ServeBench(out).run(argv.subList(1, argv.size()));
            case "search" -> new SearchBench(out).run(CliArgs.parse(argv.subList(1, argv.size()),
                    Set.of("--home", "--sizes", "--queries"), Set.of()));
            default -> throw new UsageException("unknown benchmark '" + argv.getFirst()
                    + "' (index, search, serve, cloud, llm, startup, ui, viewer)");
        };
    }

    private int index(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, Set.of("--home", "--threads"), Set.of("--keyword-only"));
        if (args.positional().isEmpty()) {
            throw new UsageException("bench index needs a folder to index");
        }
        List<Path> paths = args.positional().stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p);
            }
        }
        Path homeDir = args.value("--home") != null ? Path.of(args.value("--home"))
                : Files.createTempDirectory("zhiku-bench-");
        ZhikuHome home = new ZhikuHome(homeDir);
        Wiring.prepareHome(home);
        IndexerSettings settings = IndexerSettings.defaults();
        settings = settings.withThreads(args.intValue("--threads", settings.threads(), 1, 64));
        long bytes = 0;
        for (Path p : paths) {
            try (var files = Files.walk(p)) {
                bytes += files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }
        resetPeaks();
        long t0 = System.nanoTime();
        try (Wiring wiring = new Wiring(home, settings)) {
            boolean vectors = !args.flag("--keyword-only");
            if (vectors) {
                wiring.embeddings();
            }
            long modelMillis = (System.nanoTime() - t0) / 1_000_000;
            try (Indexer indexer = wiring.indexer(vectors, new IndexControl(), p -> { })) {
                indexer.addRoots(paths, false);
                RunReport r = indexer.run();
                long[] stages = indexer.catalog().stageTotals();
                long passages = indexer.index().count(false);
                double seconds = r.totalMillis() / 1000.0;
                out.printf(Locale.ROOT, "home            %s%n", home.root());
                out.printf(Locale.ROOT, "files           %d read (%.1f MB on disk), %d passages%n", r.read(),
                        bytes / 1e6, passages);
                out.printf(Locale.ROOT, "model load      %d ms%n", modelMillis);
                out.printf(Locale.ROOT, "scan            %d ms%n", r.scannedMillis());
                out.printf(Locale.ROOT, "keyword-ready   %.2f s after start%n", r.keywordMillis() / 1000.0);
                out.printf(Locale.ROOT, "vectors-ready   %.2f s after start%n", r.vectorsMillis() / 1000.0);
                out.printf(Locale.ROOT, "total           %.2f s%n", seconds);
                out.printf(Locale.ROOT, "throughput      %.1f files/s, %.2f MB/s, %.1f passages/s%n",
                        r.read() / seconds, bytes / 1e6 / seconds, passages / seconds);
                out.printf(Locale.ROOT, "stages (CPU-ms summed over threads): extract %d, chunk %d, write %d, "
                        + "embed %d%n", stages[0], stages[1], stages[2], stages[3]);
                out.printf(Locale.ROOT, "embedded        %d passages (%.1f passages/s in the vector phase)%n",
                        r.embedded(), r.embedded() / Math.max(1e-3, (r.vectorsMillis() - r.keywordMillis()) / 1000.0));
                out.printf(Locale.ROOT, "peak heap       %.0f MB (max %.0f MB)%n", peakHeap() / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
            }
        }
        return 0;
    }

    /** {@code bench viewer [--runs N] [--mb MB] [--pages N]}: opening long documents in the source viewer. */
    private int viewer(List<String> argv) throws Exception {
        CliArgs args = CliArgs.parse(argv, Set.of("--runs", "--mb", "--pages"), Set.of());
        return new dev.zhiku.app.ui.source.ViewerBench(out).run(args.intValue("--runs", 5, 1, 50),
                args.intValue("--mb", 50, 1, 2_000), args.intValue("--pages", 5_000, 1, 100_000));
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static int[] parseSizes(String s) throws UsageException {
        try {
            return Arrays.stream(s.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new UsageException("--sizes takes numbers separated by commas, e.g. 1000,10000");
        }
    }
}
