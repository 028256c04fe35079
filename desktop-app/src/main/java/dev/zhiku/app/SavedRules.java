package dev.zhiku.app;

import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.discovery.SourceRules;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The include/exclude globs and size limit the user chose, kept in {@code settings.properties} of the home so
 * that later re-scans, the folder watcher and the app apply the same rules.
 */
public final class SavedRules {

    private static final String INCLUDE = "index.include";
    private static final String EXCLUDE = "index.exclude";
    private static final String MAX_BYTES = "index.maxFileBytes";

    private SavedRules() {
    }

    public static Path file(ZhikuHome home) {
        return home.root().resolve("settings.properties");
    }

    /** The saved rules applied over the defaults (the defaults alone when nothing was saved). */
    public static SourceRules load(ZhikuHome home) throws IOException {
        Properties p = read(home);
        SourceRules rules = SourceRules.defaults();
        if (p.containsKey(INCLUDE)) {
            rules = rules.withIncludes(split(p.getProperty(INCLUDE)));
        }
        if (p.containsKey(EXCLUDE)) {
            rules = rules.withExcludes(split(p.getProperty(EXCLUDE)));
        }
        if (p.containsKey(MAX_BYTES)) {
            try {
                rules = rules.withMaxFileBytes(Long.parseLong(p.getProperty(MAX_BYTES).strip()));
            } catch (NumberFormatException e) {
                throw new IOException(file(home) + ": " + MAX_BYTES + " is not a number", e);
            }
        }
        return rules;
    }

    public static void save(ZhikuHome home, SourceRules rules) throws IOException {
        Properties p = read(home);
        p.setProperty(INCLUDE, String.join("\n", rules.includeGlobs()));
        p.setProperty(EXCLUDE, String.join("\n", rules.excludeGlobs()));
        p.setProperty(MAX_BYTES, Long.toString(rules.maxFileBytes()));
        Files.createDirectories(home.root());
        Path tmp = Files.createTempFile(home.root(), "settings", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Zhiku settings");
        }
        Files.move(tmp, file(home), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties read(ZhikuHome home) throws IOException {
        Properties p = new Properties();
        Path f = file(home);
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
