package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.app.ui.ThemeSwitcher;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The audit log in a window of its own, beside the settings; one at a time (a second click brings it forward). */
public final class AuditWindow {

    private Stage stage;

    /** Shows the audit log over {@code owner}, reading it afresh. */
    public void show(Window owner, AuditViewModel vm, Messages messages) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            vm.refresh();
            return;
        }
        AuditView view = new AuditView(vm, messages);
        Scene scene = new Scene(view, 960, 640);
        scene.getStylesheets().add(ThemeSwitcher.APP_CSS);
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text("audit.window"));
        stage.setScene(scene);
        stage.show();
    }
}
