package dev.zhiku.app.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Applies a {@link Theme} to the whole application ({@link Application#setUserAgentStylesheet}) and marks a scene's
 * root with the style class {@code dark} so that zhiku.css can follow. Call on the FX thread.
 */
public final class ThemeSwitcher {

    /** Zhiku's own stylesheet (sizes, spacing, a few colours); themes provide everything else. */
    public static final String APP_CSS = Objects.requireNonNull(ThemeSwitcher.class.getResource("zhiku.css"))
            .toExternalForm();

    private ThemeSwitcher() {
    }

    /** Applies {@code theme} now and whenever it changes. */
    public static void follow(ObservableValue<Theme> theme, Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        apply(theme.getValue(), scene);
        theme.addListener((obs, old, now) -> apply(now, scene));
    }

    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        if (theme == Theme.DARK) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }
}
