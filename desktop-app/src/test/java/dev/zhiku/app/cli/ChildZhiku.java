package dev.zhiku.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code zhiku ARGS} as a child JVM's command line: this JVM's java, this class path, the launcher's flags. */
public final class ChildZhiku {

    private ChildZhiku() {
    }

    /**
     * The product's logging configuration, not the tests' one: that one writes to standard output, which is the
     * protocol channel of {@code zhiku mcp}.
     */
    public static List<String> command(Path logs, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m", "-XX:+UseSerialGC", "-Dlogback.configurationFile=logback.xml", "-Dzhiku.logs=" + logs,
                "-cp", System.getProperty("java.class.path"), "dev.zhiku.app.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
