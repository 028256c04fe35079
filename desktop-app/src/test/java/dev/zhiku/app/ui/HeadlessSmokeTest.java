package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {

    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("知库");
        Button button = new Button("Ask");
        button.setOnAction(e -> label.setText("已回答"));
        stage.setScene(new Scene(new VBox(label, button), 300, 200));
        stage.show();
    }

    @Test
    void clickingAButtonWorksWithoutAnXServer(FxRobot robot) {
        robot.clickOn("Ask");
        assertEquals("已回答", label.getText());
    }
}
