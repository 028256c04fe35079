package dev.zhiku.app.ui.source;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Places the source viewer beside a screen's main content in a resizable {@link SplitPane}, or in its own window
 * when the viewer is detached; closing that window docks it again.
 */
public final class SourceDock extends SplitPane {

    private static final double DIVIDER = 0.56;

    private final Node main;
    private final SourceViewerView viewer;
    private final SourceViewerViewModel model;
    private final String windowTitle;
    private double divider = DIVIDER;
    private Stage window;

    public SourceDock(Node main, SourceViewerView viewer, SourceViewerViewModel model, String windowTitle) {
        this.main = main;
        this.viewer = viewer;
        this.model = model;
        this.windowTitle = windowTitle;
        getStyleClass().add("source-dock");
        getItems().add(main);
        SplitPane.setResizableWithParent(viewer, false);
        model.showingProperty().addListener((o, was, now) -> place());
        model.detachedProperty().addListener((o, was, now) -> place());
        place();
    }

    /** The separate window while detached, else null (for tests). */
    public Stage window() {
        return window;
    }

    private void place() {
        boolean showing = model.showingProperty().get();
        boolean detached = model.detachedProperty().get();
        boolean docked = getItems().contains(viewer);
        if (docked && getDividers().size() == 1) {
            divider = getDividerPositions()[0];
        }
        if (showing && !detached) {
            closeWindow();
            if (!docked) {
                getItems().setAll(main, viewer);
                setDividerPositions(divider);
            }
        } else {
            getItems().setAll(main);
            if (showing) {
                openWindow();
            } else {
                closeWindow();
            }
        }
    }

    private void openWindow() {
        if (window != null) {
            window.toFront();
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        window = new Stage();
        window.setTitle(windowTitle);
        double height = Math.max(600, owner == null ? 700 : owner.getHeight());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(viewer), 720, height);
        if (getScene() != null) {
            scene.getStylesheets().setAll(getScene().getStylesheets());
        }
        window.setScene(scene);
        window.setOnHidden(e -> {
            Stage closed = window;
            window = null;
            if (closed != null) {
                closed.setScene(null);
            }
            if (model.detachedProperty().get()) {
                model.detachedProperty().set(false);
            }
        });
        window.show();
    }

    private void closeWindow() {
        if (window != null) {
            Stage open = window;
            window = null;
            open.hide();
            open.setScene(null);
        }
    }
}
