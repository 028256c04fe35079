package dev.zhiku.app.ui.settings;

import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings in the home's {@code settings.properties}: {@code ui.language}, {@code ui.theme},
 * {@code ui.window.*}, {@code llm.threads}, {@code rag.contextTokens}. Keys it does not know are kept; every save
 * writes a temporary file and moves it over the old one, so a crash never leaves half a file.
 */
public final class UiSettings {

    public static final String FILE_NAME = "settings.properties";
    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String THREADS = "llm.threads";
    public static final String CONTEXT_TOKENS = "rag.contextTokens";
    public static final String WINDOW_PREFIX = "ui.window.";

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads {@code settings.properties} in {@code homeRoot}; empty settings when there is none yet. */
    public static UiSettings load(Path homeRoot) {
        UiSettings s = new UiSettings(homeRoot.resolve(FILE_NAME));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + s.file + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized UiSettings set(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        return this;
    }

    public int intValue(String key, int fallback, int min, int max) {
        try {
            return get(key).map(String::strip).map(Integer::parseInt).filter(v -> v >= min && v <= max)
                    .orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The saved language, else the one of the OS locale. */
    public Language language(Locale osLocale) {
        return get(LANGUAGE).map(Language::of).orElse(Language.of(osLocale));
    }

    public Theme theme() {
        return Theme.of(get(THEME).orElse("light"));
    }

    /** Writes all settings (known and unknown keys) atomically. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                 var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                values.store(writer, "Zhiku settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
