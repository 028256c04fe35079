package dev.zhiku.app.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: navigation on the left, the current screen in the middle, the status bar below.
 * Screens are built by {@link Screens} the first time they are shown and kept afterwards.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final Screens screens;
    private final Messages messages;
    private final StackPane content = new StackPane();
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);

    public MainWindow(MainViewModel vm, Screens screens, I18n i18n, Shortcuts shortcuts) {
        this.vm = vm;
        this.screens = screens;
        this.messages = i18n.shell();
        getStyleClass().add("main-window");
        setLeft(navigation());
        content.getStyleClass().add("content");
        setCenter(content);
        setBottom(new StatusBar(vm, messages, screens.backgroundWork(messages)));
        showOpening();
        vm.screenProperty().addListener((obs, old, now) -> show(now));
        i18n.languageProperty().addListener((obs, old, now) -> relabel());
        shortcuts.shellPart(Shortcuts.Action.NEW_CHAT, () -> vm.show(Screen.CHAT));
        shortcuts.shellPart(Shortcuts.Action.FOCUS_INPUT, () -> vm.show(Screen.CHAT));
        shortcuts.shellPart(Shortcuts.Action.SEARCH, () -> vm.show(Screen.SEARCH));
    }

    private Node navigation() {
        Label brand = new Label();
        brand.textProperty().bind(messages.binding("app.name"));
        brand.getStyleClass().add("brand");
        VBox nav = new VBox(brand);
        nav.getStyleClass().add("navigation");
        for (Screen s : Screen.values()) {
            if (!s.inNavigation()) {
                continue;
            }
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(messages.binding(s.labelKey()));
            b.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(navigation);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().addAll("nav-button", "flat");
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.show(s);
            });
            navButtons.put(s, b);
            if (s == Screen.MODELS) {
                Region gap = new Region();
                VBox.setVgrow(gap, Priority.ALWAYS);
                nav.getChildren().addAll(b, gap);
            } else {
                nav.getChildren().add(b);
            }
        }
        return nav;
    }

    private void showOpening() {
        Label opening = new Label();
        opening.textProperty().bind(messages.binding("status.opening"));
        opening.setId("opening");
        content.getChildren().setAll(opening);
    }

    /** Forgets the screens that cannot re-label themselves; the one on show is built again at once. */
    private void relabel() {
        built.keySet().removeIf(s -> !screens.followsLanguage(s));
        Screen current = vm.screenProperty().get();
        if (current != null && !built.containsKey(current)) {
            show(current);
        }
    }

    private void show(Screen screen) {
        if (screen == null) {
            showOpening();
            return;
        }
        Node node = built.computeIfAbsent(screen, s -> screens.build(s, vm::welcomeDone));
        content.getChildren().setAll(node);
        ToggleButton b = navButtons.get(screen);
        if (b != null) {
            b.setSelected(true);
        } else if (navigation.getSelectedToggle() != null) {
            navigation.getSelectedToggle().setSelected(false);
        }
    }

    /** The node of the screen shown now (null while opening). */
    public Node current() {
        return vm.screenProperty().get() == null ? null : built.get(vm.screenProperty().get());
    }
}
