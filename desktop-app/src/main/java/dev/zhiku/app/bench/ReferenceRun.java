package dev.zhiku.app.bench;

import dev.zhiku.app.cli.CliArgs;
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

    /** The child's side: indexes the files below the roots the reference way and prints the figures. */
    static int runHere(List<String> argv, PrintStream out) throws Exception {
        CliArgs args = CliArgs.parse(argv, java.util.Set.of("--threads"), java.util.Set.of());
        IndexerSettings settings = IndexerSettings.defaults();
        settings = settings.withThreads(args.intValue("--threads", settings.threads(), 1, 64));
        ReferenceIndexing reference = indexing(settings);
        List<Path> files = reference.files(args.positional().stream().map(Path::of).toList());
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
