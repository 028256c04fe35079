package dev.zhiku.app.ui;

import javafx.scene.Node;

/**
 * Builds the content of each screen — the place where the chat, search, knowledge and models views plug in. Each
 * method is called once, on the FX thread, the first time its screen is shown; the node is then kept (state
 * survives switching screens). Texts should bind to {@link Messages#binding} so that a language switch re-labels
 * them. {@link ShellScreens} is the implementation the app uses.
 */
public interface Screens {

    Node chat();

    Node search();

    Node knowledge();

    Node models();

    Node settings();

    /** The first-run view; {@code done} opens the chat once the user has chosen folders. */
    Node welcome(Runnable done);

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
