package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import atlantafx.base.theme.PrimerDark;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the headless platform, as a person meets it on an empty home. */
@ExtendWith(ApplicationExtension.class)
class ShellFlowTest {

    @TempDir
    static Path home;

    private AppServices services;

    @Start
    void start(Stage stage) {
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home));
        AppShell shell = new AppShell(services, new I18n(Language.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT),
                new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(1000);
        stage.setHeight(700);
        stage.show();
        shell.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void opened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
    }

    @Test
    void anEmptyHomeOpensOnWelcome(FxRobot robot) throws Exception {
        opened(robot);
        assertNotNull(robot.lookup("#welcome-start").query());
        assertEquals("Settings", robot.lookup("#nav-settings").queryAs(Labeled.class).getText());
    }

    @Test
    void switchingToChineseRelabelsTheNavigation(FxRobot robot) throws Exception {
        opened(robot);
        robot.clickOn("#nav-settings");
        ComboBox<Language> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Language.CHINESE));
        assertEquals("设置", robot.lookup("#nav-settings").queryAs(Labeled.class).getText());
        assertEquals("对话", robot.lookup("#nav-chat").queryAs(Labeled.class).getText());
        assertEquals("界面语言", robot.lookup(".setting-name").queryAs(Labeled.class).getText());
    }

    @Test
    void switchingToDarkAppliesPrimerDark(FxRobot robot) throws Exception {
        opened(robot);
        robot.clickOn("#nav-settings");
        ComboBox<Theme> theme = robot.lookup("#settings-theme").queryComboBox();
        robot.interact(() -> theme.setValue(Theme.DARK));
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        robot.interact(() -> theme.setValue(Theme.LIGHT));
    }

    @Test
    void ctrlFOpensSearch(FxRobot robot) throws Exception {
        opened(robot);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup(".search-view").query());
    }
}
