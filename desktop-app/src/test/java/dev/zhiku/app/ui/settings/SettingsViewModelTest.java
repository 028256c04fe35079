package dev.zhiku.app.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.DirectUiExecutor;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings ViewModel without the FX thread: changes apply at once and land in settings.properties. */
class SettingsViewModelTest {

    @TempDir
    Path home;

    @Test
    void switchingLanguagePersistsItAndRelabels() throws IOException {
        Files.writeString(home.resolve(UiSettings.FILE_NAME), "indexer.custom=keep me\n");
        I18n i18n = new I18n(Language.ENGLISH);
        SettingsViewModel vm = newViewModel(i18n, new SimpleObjectProperty<>(Theme.LIGHT));
        var label = i18n.shell().binding("nav.settings");

        vm.languageProperty().set(Language.CHINESE);

        assertEquals("设置", label.get());
        UiSettings saved = UiSettings.load(home);
        assertEquals(Language.CHINESE, saved.language(Locale.ENGLISH));
        assertEquals("keep me", saved.get("indexer.custom").orElseThrow());
    }

    @Test
    void themeThreadsAndContextBudgetArePersisted() {
        var theme = new SimpleObjectProperty<>(Theme.LIGHT);
        SettingsViewModel vm = newViewModel(new I18n(Language.ENGLISH), theme);

        vm.themeProperty().set(Theme.DARK);
        vm.threadsProperty().set(3);
        vm.contextTokensProperty().set(900);

        assertEquals(Theme.DARK, theme.get());
        UiSettings saved = UiSettings.load(home);
        assertEquals(Theme.DARK, saved.theme());
        assertEquals(3, saved.intValue(UiSettings.THREADS, 0, 0, 64));
        assertEquals(900, saved.intValue(UiSettings.CONTEXT_TOKENS, 0, 0, 99_999));
        SettingsViewModel again = newViewModel(new I18n(Language.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT));
        assertEquals(900, again.contextTokensProperty().get());
        assertEquals(home.toString(), again.dataLocation());
    }

    @Test
    void languageDefaultsToTheOsLocaleUntilChosen() {
        UiSettings empty = UiSettings.load(home);
        assertEquals(Language.CHINESE, empty.language(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.ENGLISH, empty.language(Locale.GERMANY));
        assertTrue(empty.get(UiSettings.LANGUAGE).isEmpty());
    }

    private SettingsViewModel newViewModel(I18n i18n, SimpleObjectProperty<Theme> theme) {
        return new SettingsViewModel(UiSettings.load(home), i18n, theme, home, new DirectUiExecutor());
    }
}
