package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The homes of a command-line process: resolves {@code --home} and prepares the folder before anything logs, and is
 * the one place that {@linkplain #open opens} a home's composition root ({@link Wiring}) for the commands and the
 * benchmarks ({@code DesktopArchitectureTest.onlyTheOpenersBuildTheCompositionRoot}; the window's is
 * {@code ui.AppServices}).
 */
public final class Homes {

    /** Where the command line says that an existing home was made owner-only (its standard error). */
    private static volatile PrintStream notices = System.err;

    private Homes() {
    }

    static void noticesTo(PrintStream err) {
        notices = err;
    }

    /** The home in {@code dir} (null: the default one, ZHIKU_HOME or the per-user folder), prepared. */
    public static ZhikuHome prepare(Path dir) throws IOException {
        ZhikuHome home = ZhikuHome.resolve(dir);
        int repaired = Wiring.prepareHome(home);
        if (repaired > 0) {
            notices.println("zhiku: " + Wiring.repairNotice(home, repaired));
        }
        return home;
    }

    /** The home {@code explicit} names (null: the default one), prepared. */
    static ZhikuHome prepare(String explicit) throws IOException {
        return prepare(explicit == null ? null : Path.of(explicit));
    }

    /**
     * The composition root of {@code home} with {@code settings}, for one command: the caller owns it and closes
     * it when the command is done (with try-with-resources), which releases the home's files (the H2 catalog allows
     * one process) before the command returns.
     */
    public static Wiring open(ZhikuHome home, IndexerSettings settings) {
        return new Wiring(home, settings);
    }
}
