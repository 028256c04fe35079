package dev.zhiku.app.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;

/**
 * Puts the window together for one home: the main view model, the screens, shortcuts, theme and language. The app
 * and the UI tests build it the same way; only the executor and the screens may differ.
 */
public final class AppShell {

    private final MainViewModel viewModel;
    private final MainWindow window;
    private final Shortcuts shortcuts = new Shortcuts();
    private final Scene scene;

    public AppShell(AppServices services, I18n i18n, ObjectProperty<Theme> theme, UiExecutor executor) {
        this(services, i18n, theme, executor, null);
    }

    /** With {@code screens} null, the app's own {@link ShellScreens}. */
    public AppShell(AppServices services, I18n i18n, ObjectProperty<Theme> theme, UiExecutor executor,
                    Screens screens) {
        viewModel = new MainViewModel(services, executor);
        Screens s = screens != null ? screens : new ShellScreens(services, executor, i18n, theme, shortcuts);
        window = new MainWindow(viewModel, s, i18n, shortcuts);
        scene = new Scene(window);
        shortcuts.install(scene);
        ThemeSwitcher.follow(theme, scene);
        // the window's controls are styled once off the FX thread meanwhile, so a screen's first visit is cheaper;
        // only after the theme is set: a warm-up that reached the style manager first made it load JavaFX's own
        // default stylesheet, which then stayed in place of the theme (the window came up unthemed in 2 of 3 runs)
        StyleWarmUp.startOnce();
        ErrorPresenter errors = new ErrorPresenter(i18n.shell(), services.home());
        viewModel.failureProperty().addListener((obs, old, f) -> {
            if (f != null) {
                errors.show(scene.getWindow(), f);
                viewModel.failureProperty().set(null);
            }
        });
    }

    /** Opens the home (in the background) and shows its first screen. */
    public void start() {
        viewModel.start();
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    /** The keyboard shortcuts other views hook into. */
    public Shortcuts shortcuts() {
        return shortcuts;
    }
}
