package dev.zhiku.app.ui;

/** The screens of the main window; all but {@link #WELCOME} have a place in the navigation. */
public enum Screen {
    CHAT("nav.chat"),
    SEARCH("nav.search"),
    KNOWLEDGE("nav.knowledge"),
    MODELS("nav.models"),
    SETTINGS("nav.settings"),
    WELCOME("nav.welcome");

    private final String labelKey;

    Screen(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The key of the screen's name in the shell's messages. */
    public String labelKey() {
        return labelKey;
    }

    public boolean inNavigation() {
        return this != WELCOME;
    }
}
