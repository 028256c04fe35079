package dev.zhiku.app.ui;

import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. {@link #init} (off the FX thread) resolves the home, reads the settings and claims the single
 * instance; {@link #start} shows the window at once and opens the services in the background; {@link #stop}
 * remembers the window and closes the services (the launcher then ends the JVM).
 */
public final class ZhikuApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ZhikuApp.class);

    private ZhikuHome home;
    private UiSettings settings;
    private SingleInstance instance;
    private AppServices services;
    private Stage stage;
    private boolean selfTest;

    @Override
    public void init() throws Exception {
        List<String> args = getParameters().getRaw();
        selfTest = args.contains("--self-test");
        home = ZhikuLauncher.homeOf(args); // prepared by ZhikuLauncher, before this class was loaded
        settings = UiSettings.load(home.root());
        Optional<SingleInstance> claimed = selfTest ? Optional.empty()
                : SingleInstance.acquire(home.root(), () -> Platform.runLater(this::bringForward));
        if (!selfTest && claimed.isEmpty()) {
            LOG.info("Zhiku already runs for {}; asked it to come forward", home.root());
            Platform.exit();
            return;
        }
        instance = claimed.orElse(null);
        // the window's controls are styled off the FX thread while the services open (StyleWarmUp)
        Theme theme = settings.theme();
        Platform.runLater(() -> StyleWarmUp.startEarly(theme));
        services = new AppServices(home, settings);
    }

    @Override
    public void start(Stage primary) {
        if (services == null) {
            return;
        }
        stage = primary;
        I18n i18n = new I18n(settings.language(Locale.getDefault()));
        ObjectProperty<Theme> theme = new SimpleObjectProperty<>(settings.theme());
        AppShell shell = new AppShell(services, i18n, theme, new FxUiExecutor());
        primary.titleProperty().bind(i18n.shell().binding("app.title"));
        primary.setScene(shell.scene());
        WindowGeometry.restore(primary, settings);
        primary.setOnCloseRequest(e -> WindowGeometry.remember(primary, settings));
        if (selfTest) {
            SelfTest test = new SelfTest(ZhikuLauncher::report, Platform::exit);
            test.arm();
            primary.show();
            test.await(shell.scene(), () -> shell.viewModel().screenProperty().get() != null);
        } else {
            primary.show();
            warmUp();
        }
        String first = System.getProperty("zhiku.ui.screen");
        if (first != null) {
            // For screenshots and demos: open on a given screen instead of the one the home calls for.
            shell.viewModel().show(Screen.valueOf(first.toUpperCase(Locale.ROOT)));
        }
        shell.start();
    }

    /**
     * Opens the stores and the knowledge base (which loads the embedding model) off the FX thread right after the
     * window shows, so the first visit to a screen does not open a database on the FX thread, then answers the
     * warm-up questions so the first real one is not slowed by a cold process (decision 0086).
     */
    private void warmUp() {
        Thread t = new Thread(() -> {
            try {
                services.conversations();
                services.memories();
                services.warmUpAnswers();
            } catch (Exception | Error e) {
                LOG.info("warming up the services failed; screens open them when needed: {}", e.toString());
            }
        }, "zhiku-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void bringForward() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    @Override
    public void stop() {
        if (stage != null && !selfTest) {
            WindowGeometry.remember(stage, settings);
            try {
                settings.save();
            } catch (RuntimeException e) {
                LOG.warn("could not save the window's place", e);
            }
        }
        if (services != null) {
            services.close();
        }
        if (instance != null) {
            instance.close();
        }
        ZhikuLauncher.exitCode(0);
    }
}
