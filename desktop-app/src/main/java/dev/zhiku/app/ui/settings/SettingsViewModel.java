package dev.zhiku.app.ui.settings;

import dev.zhiku.app.ui.AppVersion;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Theme;
import dev.zhiku.app.ui.UiExecutor;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings screen's state. Language and theme take effect at once (through the app's {@link I18n} and theme
 * property); threads and the context budget apply to the next model load. Every change is saved to
 * {@link UiSettings} in the background.
 */
public final class SettingsViewModel {

    /** Threads when none is saved: 0 = as many as physical cores (the engine decides). */
    public static final int AUTO_THREADS = 0;
    public static final int DEFAULT_CONTEXT_TOKENS = dev.zhiku.rag.RagSettings.defaults().contextTokens();

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    private final UiSettings settings;
    private final UiExecutor executor;
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty threads;
    private final IntegerProperty contextTokens;
    private final Path dataLocation;
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>(this, "failure");

    public SettingsViewModel(UiSettings settings, I18n i18n, ObjectProperty<Theme> theme, Path dataLocation,
                             UiExecutor executor) {
        this.settings = settings;
        this.executor = executor;
        this.language = i18n.languageProperty();
        this.theme = theme;
        this.dataLocation = dataLocation;
        this.threads = new SimpleIntegerProperty(this, "threads", settings.intValue(UiSettings.THREADS,
                AUTO_THREADS, 0, 256));
        this.contextTokens = new SimpleIntegerProperty(this, "contextTokens", settings.intValue(
                UiSettings.CONTEXT_TOKENS, DEFAULT_CONTEXT_TOKENS, 100, 32_000));
        language.addListener((obs, old, now) -> save(UiSettings.LANGUAGE, now.code()));
        theme.addListener((obs, old, now) -> save(UiSettings.THEME, now.code()));
        threads.addListener((obs, old, now) -> save(UiSettings.THREADS,
                now.intValue() == AUTO_THREADS ? null : now.toString()));
        contextTokens.addListener((obs, old, now) -> save(UiSettings.CONTEXT_TOKENS, now.toString()));
    }

    private void save(String key, String value) {
        settings.set(key, value);
        executor.background("save-settings", () -> {
            settings.save();
            return key;
        }, k -> LOG.debug("saved {}", k), failure::set);
    }

    /** The interface language; switching re-labels the window at once. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Threads of the local model; 0 = automatic (physical cores). */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** Token budget of the document context given to the model. */
    public IntegerProperty contextTokensProperty() {
        return contextTokens;
    }

    /** The home folder: index, database, models, settings and logs. */
    public String dataLocation() {
        return dataLocation.toString();
    }

    public String version() {
        return AppVersion.current();
    }

    /** A failure to save, for the view to present. */
    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
