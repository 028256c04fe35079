package dev.zhiku.app.bench;

import dev.zhiku.app.cli.HelpOption;
import dev.zhiku.app.cli.Picocli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhiku bench startup}: cold start to a usable window. Runs {@code zhiku --self-test} in child JVMs (same
 * class path and flags as ./zhiku) and times each from process start to its "rendered" line; the child then reports
 * its idle heap and resident memory. Without a display (no DISPLAY on Linux), JavaFX's headless platform is used.
 */
@Command(name = "startup", description = "cold start to a rendered window (zhiku --self-test in child JVMs), idle memory")
final class StartupBench implements Callable<Integer> {

    private final PrintStream out;

    @Mixin
    private BenchHome homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--runs", paramLabel = "N", description = "child JVMs started one after another (default 3)")
    private Integer runs;

    @Option(names = "--headless", description = "JavaFX's headless platform (the default without a display)")
    private boolean headlessPlatform;

    StartupBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        int runs = Picocli.bounded("--runs", this.runs, 3, 1, 50);
        Path home = homeOption.path("zhiku-bench-startup-");
        boolean headless = headlessPlatform || System.getProperty("os.name").startsWith("Linux")
                && System.getenv("DISPLAY") == null;
        long[] millis = new long[runs];
        String memory = "";
        for (int i = 0; i < runs; i++) {
            Result r = once(home, headless);
            millis[i] = r.renderedMillis();
            memory = r.memory();
            out.printf(Locale.ROOT, "run %d          %d ms to a rendered window%n", i + 1, r.renderedMillis());
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "home           %s%s%n", home, headless ? " (headless platform)" : "");
        out.printf(Locale.ROOT, "cold start     median %d ms, best %d ms, worst %d ms (budget 2000 ms)%n",
                millis[runs / 2], millis[0], millis[runs - 1]);
        out.printf(Locale.ROOT, "idle memory    %s (budget 350 MB)%n", memory);
        return 0;
    }

    private record Result(long renderedMillis, String memory) {
    }

    private Result once(Path home, boolean headless) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-XX:+UseSerialGC", "-Xshare:auto"));
        if (headless) {
            cmd.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.zhiku.app.Main", "--self-test",
                "--home", home.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long rendered = -1;
        String memory = "not reported";
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("rendered") && rendered < 0) {
                    rendered = (System.nanoTime() - start) / 1_000_000;
                } else if (line.startsWith("idle")) {
                    memory = line.substring("idle ".length());
                }
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (rendered < 0 || p.exitValue() != 0) {
            throw new IllegalStateException("zhiku --self-test did not render a window (exit code " + p.exitValue()
                    + "); see the log in " + home.resolve("logs"));
        }
        return new Result(rendered, memory);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
