package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Resolves {@code --home} and prepares the home folder before anything logs. */
public final class Homes {

    /** Where the command line says that an existing home was made owner-only (its standard error). */
    private static volatile PrintStream notices = System.err;

    private Homes() {
    }

    static void noticesTo(PrintStream err) {
        notices = err;
    }

    public static ZhikuHome prepare(CliArgs args) throws IOException {
        return prepare(args.value("--home"));
    }

    /** The home {@code explicit} names (null: the default one), prepared. */
    static ZhikuHome prepare(String explicit) throws IOException {
        ZhikuHome home = ZhikuHome.resolve(explicit == null ? null : Path.of(explicit));
        int repaired = Wiring.prepareHome(home);
        if (repaired > 0) {
            notices.println("zhiku: " + Wiring.repairNotice(home, repaired));
        }
        return home;
    }

    static Wiring wiring(ZhikuHome home, IndexerSettings settings) {
        return new Wiring(home, settings);
    }
}
