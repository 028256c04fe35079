package dev.zhiku.app;

import dev.zhiku.app.bench.BenchCommand;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.app.ui.ZhikuLauncher;
import java.util.List;

/**
 * Entry point of the {@code zhiku} program: the desktop window without arguments (or with only {@code --home DIR}
 * and {@code --self-test}), the command line otherwise. Exits the JVM explicitly: native libraries (ONNX runtime,
 * llama.cpp) may leave threads that would otherwise keep it alive.
 */
public final class Main {

    /**
     * JavaFX warns on every start that it runs from the class path ("Unsupported JavaFX configuration"); that is
     * how Zhiku ships it, so the warning is noise. Held in a field: JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    /** The {@code zhiku} command line with the benchmarks ({@code zhiku bench …}) registered. */
    public static ZhikuCommandLine commandLine(java.io.PrintStream out, java.io.PrintStream err) {
        return new ZhikuCommandLine(out, err).register("bench", (o, e) -> BenchCommand.commandLine(o));
    }

    public static void main(String[] args) {
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        // Native libraries print to standard output (llama.cpp's loader, for one); only the command's own
        // output may go there, so that `--json` stays parseable. Everything else goes to standard error.
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        List<String> arguments = List.of(args);
        int code = ZhikuLauncher.wantsWindow(arguments)
                ? ZhikuLauncher.launch(arguments, out::println, System.err::println)
                : commandLine(out, System.err).run(args);
        out.flush();
        System.exit(code);
    }
}
