package dev.zhiku.app;

import dev.zhiku.app.cli.ZhikuCommandLine;

/**
 * Entry point of the {@code zhiku} program. Exits the JVM explicitly: native libraries (ONNX runtime,
 * llama.cpp) may leave threads that would otherwise keep it alive.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Native libraries print to standard output (llama.cpp's loader, for one); only the command's own
        // output may go there, so that `--json` stays parseable. Everything else goes to standard error.
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        int code = new ZhikuCommandLine(out, System.err).run(args);
        out.flush();
        System.exit(code);
    }
}
