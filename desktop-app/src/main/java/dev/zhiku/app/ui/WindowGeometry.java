package dev.zhiku.app.ui;

import dev.zhiku.app.ui.settings.UiSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximized state in {@code ui.window.*} settings. */
final class WindowGeometry {

    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 720;

    private WindowGeometry() {
    }

    static void restore(Stage stage, UiSettings s) {
        int w = s.intValue(UiSettings.WINDOW_PREFIX + "width", (int) DEFAULT_WIDTH, 400, 10_000);
        int h = s.intValue(UiSettings.WINDOW_PREFIX + "height", (int) DEFAULT_HEIGHT, 300, 10_000);
        stage.setWidth(w);
        stage.setHeight(h);
        int x = s.intValue(UiSettings.WINDOW_PREFIX + "x", Integer.MIN_VALUE, -20_000, 20_000);
        int y = s.intValue(UiSettings.WINDOW_PREFIX + "y", Integer.MIN_VALUE, -20_000, 20_000);
        if (x != Integer.MIN_VALUE && y != Integer.MIN_VALUE && visible(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(s.get(UiSettings.WINDOW_PREFIX + "maximized").orElse("false")));
    }

    /** Whether some screen shows at least the window's top-left part (a monitor may have gone). */
    private static boolean visible(double x, double y, double w, double h) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 50)).isEmpty();
    }

    static void remember(Stage stage, UiSettings s) {
        s.set(UiSettings.WINDOW_PREFIX + "maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.set(UiSettings.WINDOW_PREFIX + "x", Integer.toString((int) stage.getX()));
            s.set(UiSettings.WINDOW_PREFIX + "y", Integer.toString((int) stage.getY()));
            s.set(UiSettings.WINDOW_PREFIX + "width", Integer.toString((int) stage.getWidth()));
            s.set(UiSettings.WINDOW_PREFIX + "height", Integer.toString((int) stage.getHeight()));
        }
    }
}
