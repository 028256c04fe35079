package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Citation;
import dev.zhiku.rag.conversation.ConversationStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
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

/** The flows a person clicks through, headless: ask, see the answer with a chip, open the cited passage. */
@ExtendWith(ApplicationExtension.class)
class ChatViewFxTest {

    private static final String TEXT = "第一条 双方约定。\n第二条 付款期限为30天，自发票日起算。\n第三条 其他。";

    @TempDir
    static Path home;
    private ConversationStore store;
    private ChatViewModel model;
    private ChatView view;

    @Start
    void start(Stage stage) throws Exception {
        Path file = home.resolve("合同.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        Citation cited = new Citation(1, file.toString(), "", 0, TEXT.indexOf("第二条"), TEXT.indexOf("第三条"),
                "付款期限为30天", 0.9);
        store = ConversationStore.open(home.resolve("db-" + System.nanoTime()));
        ScriptedAsker asker = new ScriptedAsker("第二条 付款期限为30天。", List.of("付款期限是", "**30 天** [1]。"),
                List.of(cited));
        ChatScreen screen = ChatScreen.show(stage, asker, store, Locale.CHINESE);
        model = screen.model();
        view = screen.view();
    }

    @AfterEach
    void close() {
        model.close();
        store.close();
    }

    @Test
    void aChineseQuestionGetsAnAnswerWhoseChipOpensTheHighlightedPassage(FxRobot robot) throws Exception {
        robot.interact(() -> view.input().setText("合同的付款期限是多少"));
        robot.clickOn(view.input());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".citation-chip").queryAll().isEmpty()
                && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", view.input().getText(), "Enter sent the question and cleared the box");
        assertTrue(texts(robot, ".user-bubble").contains("合同的付款期限是多少"));
        assertEquals("付款期限是30 天 [1]。", texts(robot, ".answer-card .markdown"));
        Button chip = robot.lookup(".citation-chip").queryAs(Button.class);
        assertEquals("[1] 合同.txt", chip.getText(), "the chip names the file");
        assertTrue(chip.getTooltip().getText().contains("付款期限为30天"), "hovering previews the passage");
        assertTrue(texts(robot, ".answer-meta").contains("本地模型"));

        robot.clickOn(chip);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".source-viewer").tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup(".source-highlight").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Text highlight = robot.lookup(".source-paragraph-cited .source-highlight").queryAs(Text.class);
        assertEquals("付款期限为30天", highlight.getText());
        assertTrue(texts(robot, ".source-paragraph-cited").startsWith("第一条"), "the text around it is shown");
        assertEquals("合同.txt", robot.lookup(".source-file").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void shiftEnterAddsALineInsteadOfSending(FxRobot robot) {
        robot.interact(() -> view.input().setText("first line"));
        robot.clickOn(view.input());
        robot.interact(() -> view.input().positionCaret(view.input().getLength()));
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("first line\n", view.input().getText());
        assertTrue(model.items().isEmpty());
    }

    /** All text under the first node matching the query, in order. */
    private static String texts(FxRobot robot, String query) {
        StringBuilder all = new StringBuilder();
        collect(robot.lookup(query).query(), all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Text text) {
            all.append(text.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }
}
