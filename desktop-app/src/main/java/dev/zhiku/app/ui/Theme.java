package dev.zhiku.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;

/** The light and dark looks: AtlantaFX Primer themes as the user-agent stylesheet, plus Zhiku's own zhiku.css. */
public enum Theme {
    LIGHT,
    DARK;

    /** The AtlantaFX stylesheet of this theme. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme for a saved code ("light", "dark"); light when unknown. */
    public static Theme of(String code) {
        return "dark".equalsIgnoreCase(code) ? DARK : LIGHT;
    }
}
