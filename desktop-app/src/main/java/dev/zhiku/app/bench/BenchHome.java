package dev.zhiku.app.bench;

import dev.zhiku.app.cli.Homes;
import dev.zhiku.core.ZhikuHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --home DIR} of the benchmarks that build a home of their own: unlike the product's {@code cli.HomeOption}
 * (default: ZHIKU_HOME or the per-user folder), the default here is a new temporary folder, so a benchmark never
 * writes into the user's home unless told to. A picocli mixin.
 */
final class BenchHome {

    @Option(names = "--home", paramLabel = "DIR", description = "the home to build (default: a new temporary folder)")
    private String home;

    /** The folder {@code --home} names, else a new temporary folder named {@code prefix…}; nothing prepared. */
    Path path(String prefix) throws IOException {
        return home != null ? Path.of(home) : Files.createTempDirectory(prefix);
    }

    /** {@link #path} as a home, prepared like every home of the command line ({@code cli.Homes}). */
    ZhikuHome prepare(String prefix) throws IOException {
        return Homes.prepare(path(prefix));
    }
}
