package dev.zhiku.app.bench;

import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Picocli;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.bench.ReferenceIndexing;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The reference pass of {@code zhiku bench index}, run in a child JVM ({@code zhiku bench index-reference}) started
 * with this JVM's options, and its figures read back from one line of {@code key=value} pairs.
 */
record ReferenceRun(int files, int failed, long chars, long extractMillis, long searchableMillis,
                    long extractCpuMillis, long indexCpuMillis, long processCpuMillis) {

    static final String COMMAND = "index-reference";
    private static final String PREFIX = "reference:";

    static ReferenceIndexing indexing(IndexerSettings settings) {
        return new ReferenceIndexing(settings.rules(), settings.threads(), settings.extraction().maxTextChars());
    }

    /** Starts {@code zhiku bench index-reference} in a new JVM and waits for its figures. */
    static ReferenceRun inFreshJvm(int threads, List<Path> roots) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-agent")
                    && !arg.startsWith("-XX:FlightRecorderOptions")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.zhiku.app.Main", "bench", COMMAND,
                "--threads", Integer.toString(threads)));
        roots.forEach(r -> cmd.add(r.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        String line = output.lines().filter(l -> l.startsWith(PREFIX)).findFirst()
                .orElseThrow(() -> new IOException("the reference run ended with exit code " + code
                        + " and no figures: " + output.strip()));
        Map<String, Long> v = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).strip().split(" ")) {
            String[] kv = pair.split("=", 2);
            v.put(kv[0], Long.parseLong(kv[1]));
        }
        return new ReferenceRun(v.get("files").intValue(), v.get("failed").intValue(), v.get("chars"),
                v.get("extractMs"), v.get("searchableMs"), v.get("extractCpuMs"), v.get("indexCpuMs"),
                v.get("processCpuMs"));
    }

    /** The child's side, {@code zhiku bench index-reference} (hidden): the files below the roots, the reference way. */
    @Command(name = COMMAND, hidden = true, description = "the reference pass of bench index (run in a child JVM)")
    static final class Child implements Callable<Integer> {

        private final PrintStream out;

        @Mixin
        private HelpOption help;

        @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default: the indexer's)")
        private Integer threads;

        @Parameters(paramLabel = "PATH", description = "folders or files to index")
        private List<String> roots;

        Child(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws Exception {
            return runHere(threads, Picocli.given(roots), out);
        }
    }

    /** Indexes the files below the roots the reference way and prints the figures. */
    static int runHere(Integer threads, List<String> roots, PrintStream out) throws Exception {
        IndexerSettings settings = IndexerSettings.defaults();
        settings = settings.withThreads(Picocli.bounded("--threads", threads, settings.threads(), 1, 64));
        ReferenceIndexing reference = indexing(settings);
        List<Path> files = reference.files(roots.stream().map(Path::of).toList());
        Path dir = Files.createTempDirectory("zhiku-bench-reference-");
        try {
            long cpu0 = IndexBench.processCpuMillis();
            ReferenceIndexing.Result r = reference.run(files, dir);
            long cpu = IndexBench.processCpuMillis() - cpu0;
            out.printf("%sfiles=%d failed=%d chars=%d extractMs=%d searchableMs=%d extractCpuMs=%d indexCpuMs=%d "
                    + "processCpuMs=%d%n", PREFIX, r.files(), r.failed(), r.chars(), r.extractMillis(),
                    r.searchableMillis(), r.extractCpuMillis(), r.indexCpuMillis(), cpu);
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return 0;
    }
}
