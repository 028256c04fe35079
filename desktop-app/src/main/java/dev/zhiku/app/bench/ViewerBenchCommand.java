package dev.zhiku.app.bench;

import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Homes;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.app.ui.source.ViewerBench;
import dev.zhiku.indexer.IndexerSettings;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhiku bench viewer [--runs N] [--mb MB] [--pages N]}: opening long documents in the source viewer
 * ({@link ViewerBench}, which lives beside the viewer it measures and gets its home's wiring from here).
 */
@Command(name = "viewer", description = "source viewer: a cited place in a long text file and in a long PDF")
final class ViewerBenchCommand implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    private HelpOption help;

    @Option(names = "--runs", paramLabel = "N", description = "timed openings of each kind (default 5)")
    private Integer runs;

    @Option(names = "--mb", paramLabel = "MB", description = "size of the generated text file (default 50)")
    private Integer megabytes;

    @Option(names = "--pages", paramLabel = "N", description = "pages of the generated PDF (default 5000)")
    private Integer pages;

    ViewerBenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        return new ViewerBench(out, home -> Homes.open(home, IndexerSettings.defaults())).run(
                Picocli.bounded("--runs", runs, 5, 1, 50), Picocli.bounded("--mb", megabytes, 50, 1, 2_000),
                Picocli.bounded("--pages", pages, 5_000, 1, 100_000));
    }
}
