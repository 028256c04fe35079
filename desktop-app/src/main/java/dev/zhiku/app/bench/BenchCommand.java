package dev.zhiku.app.bench;

import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.UsageException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code zhiku bench index|search|serve|cloud|llm|startup|ui|viewer}: measured figures for the performance budgets.
 * Each benchmark is a picocli subcommand, so {@code zhiku bench --help} and {@code zhiku bench NAME --help} are
 * generated from the options; {@code app.Main} registers {@link #commandLine} as {@code zhiku bench}.
 */
@Command(name = "bench", synopsisSubcommandLabel = "BENCHMARK",
        description = {"benchmarks: indexing, search, serve, the engine, the window, the viewer",
            "zhiku bench BENCHMARK --help shows a benchmark's options."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    private BenchCommand() {
    }

    /** {@code zhiku bench} with every benchmark as a subcommand, printing to {@code out}. */
    public static CommandLine commandLine(PrintStream out) {
        return new CommandLine(new BenchCommand())
                .addSubcommand("index", new IndexBench(out))
                .addSubcommand("search", new SearchBench(out))
                .addSubcommand("serve", new ServeBench(out))
                .addSubcommand("cloud", new CloudBench(out))
                .addSubcommand("llm", new LlmBenchCommand(out))
                .addSubcommand("startup", new StartupBench(out))
                .addSubcommand("ui", new UiBench(out))
                .addSubcommand("viewer", new ViewerBenchCommand(out))
                .addSubcommand(ReferenceRun.COMMAND, new ReferenceRun.Child(out));
    }

    /** {@code zhiku bench} without a benchmark. */
    @Override
    public Integer call() throws UsageException {
        throw new UsageException(
                "bench needs what to measure: index, search, serve, cloud, llm, startup, ui or viewer");
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
