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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * Two places of one file make one chip with a small button for the second place, and a passage that other files
 * hold too says so ("also in 2 other files", their paths on hover) instead of adding a chip per copy.
 */
@ExtendWith(ApplicationExtension.class)
class CitationChipsFxTest {

    private static final String TEXT = "Chapter 1. The archive is copied nightly.\n"
            + "Chapter 2. Restore by setting restore_command.\nChapter 3. Other matters.";

    @TempDir
    static Path home;
    private ConversationStore store;
    private ChatViewModel model;
    private ChatView view;
    private ChatScreen chat;

    @Start
    void start(Stage stage) throws Exception {
        Path file = home.resolve("manual.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        Citation first = new Citation(1, file.toString(), "", 0, 0, TEXT.indexOf("Chapter 2"),
                "The archive is copied nightly.", 0.9, List.of("/backup/manual.txt", "/usb/manual.txt"));
        Citation second = new Citation(2, file.toString(), "", 0, TEXT.indexOf("Restore"),
                TEXT.indexOf("Chapter 3"), "Restore by setting restore_command.", 0.8);
        store = ConversationStore.open(home.resolve("db-" + System.nanoTime()));
        ScriptedAsker asker = new ScriptedAsker("The archive is copied nightly.",
                List.of("Copy nightly [1] and restore with restore_command [2]."), List.of(first, second));
        ChatScreen screen = ChatScreen.show(stage, asker, store, Locale.ENGLISH);
        model = screen.model();
        view = screen.view();
        chat = screen;
    }

    @AfterEach
    void close() {
        model.close();
        store.close();
    }

    @Test
    void placesOfOneFileShareAChipAndCopiesAreNamed(FxRobot robot) throws Exception {
        chat.ask(robot, "How is the archive restored?");
        List<Button> chips = robot.lookup(".citation-chip").queryAllAs(Button.class).stream().toList();
        assertEquals(List.of("[1] manual.txt"), chips.stream().map(Button::getText).toList());
        Label copies = robot.lookup(".citation-also-files").queryAs(Label.class);
        assertEquals("also in 2 other files", copies.getText());
        assertTrue(copies.getTooltip().getText().contains("/usb/manual.txt"), copies.getTooltip().getText());
        Button place = robot.lookup(".citation-place").queryAs(Button.class);
        assertEquals("[2]", place.getText());

        robot.clickOn(place);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".source-viewer").tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup(".source-highlight").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Text highlight = robot.lookup(".source-paragraph-cited .source-highlight").queryAs(Text.class);
        assertEquals("Restore by setting restore_command.", highlight.getText(), "the button opens the second place");
    }
}
