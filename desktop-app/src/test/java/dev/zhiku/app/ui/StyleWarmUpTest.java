package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warm-up styles its throwaway controls on a thread other than FX, which is the whole point of it. */
@ExtendWith(ApplicationExtension.class)
class StyleWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("window"), 300, 200));
        stage.show();
    }

    @Test
    void stylesEveryControlOffTheFxThread() {
        assertFalse(Platform.isFxApplicationThread());
        Node root = StyleWarmUp.styleOnce();
        assertNotNull(root.getScene());
        assertTrue(root.getScene().getWindow() == null, "the warm-up's scene is never shown");
        for (String kind : List.of(".list-view", ".text-area", ".combo-box", ".table-view", ".text-field",
                ".spinner")) {
            var controls = root.lookupAll(kind);
            assertFalse(controls.isEmpty(), kind);
            for (Node n : controls) {
                assertNotNull(((Control) n).getSkin(), () -> n + " got no skin off the FX thread");
            }
        }
    }

    /** Started before the window is built, the warm-up comes after the theme, or the window would lose it. */
    @Test
    void anEarlyStartAppliesTheThemeFirst() throws Exception {
        String before = javafx.application.Application.getUserAgentStylesheet();
        try {
            java.util.concurrent.CompletableFuture<String> seen = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                StyleWarmUp.startEarly(Theme.DARK);
                seen.complete(javafx.application.Application.getUserAgentStylesheet());
            });
            org.junit.jupiter.api.Assertions.assertEquals(Theme.DARK.userAgentStylesheet(),
                    seen.get(10, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(before));
        }
    }
}
