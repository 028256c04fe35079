package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import java.io.IOException;
import java.nio.file.Path;

/** Resolves {@code --home} and prepares the home folder before anything logs. */
final class Homes {

    private Homes() {
    }

    static ZhikuHome prepare(CliArgs args) throws IOException {
        String explicit = args.value("--home");
        ZhikuHome home = ZhikuHome.resolve(explicit == null ? null : Path.of(explicit));
        Wiring.prepareHome(home);
        return home;
    }

    static Wiring wiring(ZhikuHome home, IndexerSettings settings) {
        return new Wiring(home, settings);
    }
}
