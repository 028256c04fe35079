package dev.zhiku.app.cli;

import dev.zhiku.core.ZhikuHome;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The one {@code --home DIR} option, mixed into every command that works on a home. */
public final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "the Zhiku home (default: ZHIKU_HOME, else the per-user folder; see zhiku --help)")
    private String home;

    /** The home named by {@code --home} (or the default one), prepared before anything logs. */
    public ZhikuHome prepare() throws IOException {
        return Homes.prepare(home);
    }
}
