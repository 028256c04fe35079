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
        int code = new ZhikuCommandLine(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }
}
