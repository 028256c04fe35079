package dev.zhiku.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The folder that holds everything of one installation: index, catalog, models, settings, logs.
 *
 * <p>Chosen from, in order: an explicit {@code --home}, the {@code ZHIKU_HOME} environment variable,
 * then the operating system's convention for per-user application data.
 */
public record ZhikuHome(Path root) {

    public ZhikuHome {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** Resolves the home from an explicit path (may be null), the environment and the OS convention. */
    public static ZhikuHome resolve(Path explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit != null) {
            return new ZhikuHome(explicit);
        }
        String fromEnv = env.get("ZHIKU_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new ZhikuHome(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new ZhikuHome(base.resolve("Zhiku"));
        }
        if (os.contains("mac")) {
            return new ZhikuHome(userHome.resolve("Library").resolve("Application Support").resolve("Zhiku"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new ZhikuHome(base.resolve("zhiku"));
    }

    /** Resolves the home for this process. */
    public static ZhikuHome resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    public Path indexDir() {
        return root.resolve("index");
    }

    /** Base path of the H2 catalog (H2 appends {@code .mv.db}). */
    public Path catalogBase() {
        return root.resolve("catalog");
    }

    public Path cacheDir() {
        return root.resolve("cache");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    public Path modelsDir() {
        return root.resolve("models");
    }
}
