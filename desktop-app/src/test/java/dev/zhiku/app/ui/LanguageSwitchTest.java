package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the language in Settings re-labels every screen: after the switch no screen shows a text of its English
 * bundle that the Chinese bundle words differently. The screens are opened once in English first, so the check also
 * covers screens that were already built.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    @TempDir
    static Path home;

    private AppServices services;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home));
        i18n = new I18n(Language.ENGLISH);
        AppShell shell = new AppShell(services, i18n, new SimpleObjectProperty<>(Theme.LIGHT), new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        shell.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyScreenFollowsTheLanguage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-chat").tryQuery().isPresent());
        List<Screen> screens = List.of(Screen.CHAT, Screen.SEARCH, Screen.KNOWLEDGE, Screen.MODELS);
        for (Screen screen : screens) {
            Set<String> english = englishOnly(screen);
            assertFalse(shownTexts(robot, screen).stream().noneMatch(english::contains),
                    screen + " shows English texts of its bundle before the switch");
        }
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#settings-language").<Language>queryComboBox()
                .setValue(Language.CHINESE));
        for (Screen screen : screens) {
            Set<String> english = englishOnly(screen);
            List<String> left = shownTexts(robot, screen).stream().filter(english::contains).toList();
            assertEquals(List.of(), left, screen + " still shows English after switching to Chinese");
        }
        // The embedding model part of Models (its texts are bound to Messages, issue 14 item 3).
        ResourceBundle zh = Messages.bundle("dev.zhiku.app.ui.models.messages", Language.CHINESE);
        List<String> models = shownTexts(robot, Screen.MODELS);
        for (String key : List.of("embeddings.title", "embeddings.rerank.off", "embeddings.use",
                "embeddings.rerank.turnOn", "embeddings.other")) {
            assertTrue(models.contains(zh.getString(key).strip()), key + " is not shown in Chinese: " + models);
        }
    }

    private List<String> shownTexts(FxRobot robot, Screen screen) throws Exception {
        robot.clickOn("#nav-" + screen.name().toLowerCase(Locale.ROOT));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(robot.lookup(".content").query(), texts));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText().strip());
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            texts.add(t.getPromptText().strip());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    /** The texts of a screen's English bundle that its Chinese bundle words differently. */
    private static Set<String> englishOnly(Screen screen) {
        String base = "dev.zhiku.app.ui." + screen.name().toLowerCase(Locale.ROOT) + ".messages";
        ResourceBundle en = Messages.bundle(base, Language.ENGLISH);
        ResourceBundle zh = Messages.bundle(base, Language.CHINESE);
        Set<String> out = new HashSet<>();
        for (String key : en.keySet()) {
            String value = en.getString(key).strip();
            if (!value.isEmpty() && !value.equals(zh.getString(key).strip()) && !value.contains("{")) {
                out.add(value);
            }
        }
        return out;
    }
}
