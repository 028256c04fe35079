package dev.zhiku.app.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts as scene accelerators. Views hook an action with {@link #on}; the shell runs
 * its own part first (Ctrl+N and Ctrl+L open the chat, Ctrl+F the search), then the hooked handler.
 */
public final class Shortcuts {

    /** What a shortcut does, and its keys (Ctrl on Linux/Windows, Cmd on macOS). */
    public enum Action {
        NEW_CHAT(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
        FOCUS_INPUT(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
        SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
        STOP(new KeyCodeCombination(KeyCode.ESCAPE));

        private final KeyCombination keys;

        Action(KeyCombination keys) {
            this.keys = keys;
        }

        public KeyCombination keys() {
            return keys;
        }
    }

    private final Map<Action, Runnable> shell = new EnumMap<>(Action.class);
    private final Map<Action, Runnable> hooks = new EnumMap<>(Action.class);

    /** Sets what a view does on {@code action} (replaces an earlier handler). */
    public void on(Action action, Runnable handler) {
        hooks.put(action, handler);
    }

    /** Sets the shell's own part of {@code action}, run before the view's handler. */
    void shellPart(Action action, Runnable part) {
        shell.put(action, part);
    }

    /** Runs {@code action} as if its keys were pressed. */
    public void fire(Action action) {
        shell.getOrDefault(action, () -> { }).run();
        hooks.getOrDefault(action, () -> { }).run();
    }

    public void install(Scene scene) {
        for (Action a : Action.values()) {
            scene.getAccelerators().put(a.keys(), () -> fire(a));
        }
    }
}
