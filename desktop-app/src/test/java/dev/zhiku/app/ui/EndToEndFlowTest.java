package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.knowledge.KnowledgeView;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
 * The whole way a person goes, headless and with real parts (keyword-only index, extractive answers, no model):
 * add a folder, watch it being indexed, ask in the chat, open the cited passage, switch the language.
 */
@ExtendWith(ApplicationExtension.class)
class EndToEndFlowTest {

    private static final String CONTRACT = "供货合同第二条：付款期限为交货后三十天。逾期付款每月罚息百分之一。";
    private static final String NOTES = "# Office move\n\nThe new office opens on 1 March in Hangzhou. "
            + "The budget for the office move is 40,000 yuan, approved by the board in January.\n";
    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path temp;

    private AppServices services;

    @Start
    void start(Stage stage) {
        Path home = temp.resolve("home");
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false);
        AppShell shell = new AppShell(services, new I18n(Language.ENGLISH), new SimpleObjectProperty<>(Theme.LIGHT),
                new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
        shell.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addAFolderAskCheckTheSourceAndSwitchToChinese(FxRobot robot) throws Exception {
        Path docs = writeDocuments(temp.resolve("docs"));
        waitUntil(() -> robot.lookup("#welcome").tryQuery().isPresent());

        robot.clickOn("#nav-knowledge");
        KnowledgeView knowledge = robot.lookup(".knowledge-view").queryAs(KnowledgeView.class);
        robot.interact(() -> knowledge.setFolderChooser((owner, title) -> Optional.of(docs)));
        robot.clickOn("#knowledge-add");
        waitUntil(() -> text(robot, "#knowledge-progress-text").startsWith("Done"));
        assertEquals("Done · 2 of 2 files", text(robot, "#knowledge-progress-text"));
        waitUntil(() -> text(robot, ".folder-name").equals("docs"));

        robot.clickOn("#nav-chat");
        TextArea input = robot.lookup(".chat-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText("What is the budget for the office move?"));
        robot.clickOn(input);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".citation-chip").tryQuery().isPresent());
        assertEquals("", input.getText(), "Enter sent the question and cleared the box");
        assertTrue(texts(robot, ".user-bubble").contains("office move"));
        assertTrue(texts(robot, ".answer-card").contains("40,000"), texts(robot, ".answer-card"));
        Button chip = robot.lookup(".citation-chip").queryAs(Button.class);
        assertEquals("[1] notes.md", chip.getText());

        robot.clickOn(chip);
        waitUntil(() -> robot.lookup(".source-viewer").query().isVisible()
                && robot.lookup(".source-paragraph-cited .source-highlight").tryQuery().isPresent());
        String highlighted = robot.lookup(".source-paragraph-cited .source-highlight").queryAs(Text.class).getText();
        assertTrue(!highlighted.isBlank() && NOTES.contains(highlighted.strip()), highlighted);
        assertEquals("notes.md", text(robot, ".source-file"));

        robot.clickOn("#nav-settings");
        ComboBox<Language> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue(Language.CHINESE));
        assertEquals("设置", text(robot, "#nav-settings"));
        assertEquals("对话", text(robot, "#nav-chat"));
        assertFalse(text(robot, "#nav-knowledge").isBlank());
    }

    private static Path writeDocuments(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("合同.txt"), CONTRACT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), NOTES, StandardCharsets.UTF_8);
        return dir;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** All text under the first node matching the query, in order. */
    private static String texts(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(FxTexts::under).orElse("");
    }
}
