package dev.zhiku.app.ui;

import javafx.scene.Node;

/**
 * Builds the content of each screen — the place where the chat, search, knowledge and models views plug in. A
 * method is called on the FX thread the first time its screen is shown; the node is then kept (state survives
 * switching screens). A screen whose texts bind to {@link Messages#binding} follows a language switch by itself
 * ({@link #followsLanguage}); any other screen is built again after a switch, over the same ViewModel, so its
 * texts come from the new language's bundle. {@link ShellScreens} is the implementation the app uses.
 */
public interface Screens {

    Node chat();

    Node search();

    Node knowledge();

    Node models();

    Node settings();

    /** The first-run view; {@code done} opens the chat once the user has chosen folders. */
    Node welcome(Runnable done);

    /**
     * A line about background work of the screens for the status bar (the switch of embedding model), in the shell's
     * {@code messages}; empty while there is none. Null: no such line.
     */
    default javafx.beans.value.ObservableValue<String> backgroundWork(Messages messages) {
        return null;
    }

    /** Whether the screen's node re-labels itself when the language changes (else it is built again). */
    default boolean followsLanguage(Screen screen) {
        return screen == Screen.SETTINGS || screen == Screen.WELCOME;
    }

    /** The node for {@code screen}. */
    default Node build(Screen screen, Runnable welcomeDone) {
        return switch (screen) {
            case CHAT -> chat();
            case SEARCH -> search();
            case KNOWLEDGE -> knowledge();
            case MODELS -> models();
            case SETTINGS -> settings();
            case WELCOME -> welcome(welcomeDone);
        };
    }
}
