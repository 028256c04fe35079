package dev.zhiku.app.bench;

import dev.zhiku.app.cli.CliArgs;
import dev.zhiku.app.cli.UsageException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** {@code zhiku bench index|search|serve|llm|startup|ui}: measured figures for the performance budgets. */
public final class BenchCommand {

    private final PrintStream out;

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    public int run(List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            throw new UsageException(
                    "bench needs what to measure: index, search, serve, cloud, llm, startup, ui or viewer");
        }
        return switch (argv.getFirst()) {
            case "index" -> new IndexBench(out).run(argv.subList(1, argv.size()));
            case ReferenceRun.COMMAND -> ReferenceRun.runHere(argv.subList(1, argv.size()), out);
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
