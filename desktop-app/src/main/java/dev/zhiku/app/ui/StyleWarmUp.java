package dev.zhiku.app.ui;

import dev.zhiku.core.system.BackgroundPriority;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays the first-use cost of the window's controls off the FX thread, once per process. The first time a screen is
 * shown, its CSS pass creates the skins and behaviours of its controls: hundreds of JavaFX classes loaded, linked and
 * initialised, their lambdas linked, the screen's stylesheet parsed and the CSS engine run in the interpreter. On the
 * FX thread that was a stall of 100–500 ms on the first visit of the Knowledge and chat screens (decision 0062); it
 * helps the screens opened after it is done (2–8 s after start on a busy two-core machine), not one opened at once.
 * Here a throwaway tree of the same kinds of controls, under the app's and every screen's stylesheets, is styled and
 * laid out in a scene that is never shown, on a daemon thread at background priority. JavaFX allows this: nodes and
 * scenes not attached to a showing window may be built and modified on any thread, and its style manager locks what
 * it shares between scenes. {@code -Dzhiku.ui.warmUp=off} leaves it out (to measure without it).
 */
public final class StyleWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StyleWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final List<String> SCREEN_STYLESHEETS = List.of("chat/chat.css", "search/search.css",
            "knowledge/knowledge.css", "models/models.css", "cloud/cloud.css", "source/source.css");

    private StyleWarmUp() {
    }

    /**
     * Applies {@code theme}'s user-agent stylesheet and starts the warm-up, before the window is built: the warm-up
     * then has the time the window's services and screens take to build as a head start. Call on the FX thread.
     */
    public static void startEarly(Theme theme) {
        if ("off".equals(System.getProperty("zhiku.ui.warmUpEarly"))) {
            return;
        }
        // the theme first: a warm-up that reaches the style manager before the user-agent stylesheet is set makes
        // it load JavaFX's default one, which then stays in place of the theme (see AppShell)
        javafx.application.Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        startOnce();
    }

    /** Starts the warm-up on its own thread, the first time only; returns at once. */
    static void startOnce() {
        if ("off".equals(System.getProperty("zhiku.ui.warmUp")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(StyleWarmUp::run, "zhiku-style-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        BackgroundPriority.lowerCurrentThread();
        long start = System.nanoTime();
        try {
            // one round pays the one-time costs (0.5-0.8 s of CPU); two more (another 0.4 s) made no difference
            // that the noise of bench ui could show
            styleOnce();
            LOG.info("styled the window's controls off the FX thread in {} ms, {} ms of CPU (done at {} ms uptime)",
                    (System.nanoTime() - start) / 1_000_000,
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
                    ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (RuntimeException e) {
            // only a head start: the screens style themselves when shown
            LOG.debug("the style warm-up stopped: {}", e.toString());
        }
    }

    /** Builds, styles and lays out one throwaway tree; package-private for the test. */
    static Node styleOnce() {
        VBox root = new VBox();
        for (String sheet : SCREEN_STYLESHEETS) {
            VBox part = new VBox(controls());
            part.getStylesheets().add(resource(sheet));
            root.getChildren().add(part);
        }
        Scene scene = new Scene(new BorderPane(new ScrollPane(root)), 1200, 800);
        scene.getStylesheets().add(ThemeSwitcher.APP_CSS);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene.getRoot();
    }

    private static Node[] controls() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Label("label"));
        nodes.add(new HBox(new Button("button"), new ToggleButton("toggle"), new CheckBox("check"),
                new RadioButton("radio"), new Hyperlink("link")));
        nodes.add(new TextField("field"));
        nodes.add(new PasswordField());
        nodes.add(new TextArea("area\nof two lines"));
        nodes.add(new ComboBox<>(FXCollections.observableArrayList("one", "two")));
        nodes.add(new Spinner<Integer>(0, 10, 1));
        nodes.add(new ListView<>(FXCollections.observableArrayList("one", "two", "three")));
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("one", "two"));
        table.getColumns().add(new TableColumn<>("column"));
        nodes.add(table);
        nodes.add(new ProgressBar(0.5));
        nodes.add(new ProgressIndicator(0.5)); // determinate: an indeterminate one would start an animation
        nodes.add(new TextFlow(new Text("text "), new Text("flow 文本")));
        nodes.add(new Separator());
        nodes.add(new SplitPane(new Label("left"), new Label("right")));
        return nodes.toArray(Node[]::new);
    }

    private static String resource(String name) {
        URL url = Objects.requireNonNull(StyleWarmUp.class.getResource(name), name);
        return url.toExternalForm();
    }
}
