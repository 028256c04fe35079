package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.core.ScriptedTextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.conversation.ConversationStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A model answer that cites nothing is labelled "not supported" on its card (issue 12, item 13): the real answerer
 * over a real keyword index, a scripted model that tells a story instead of citing, the real chat view, headless.
 */
@ExtendWith(ApplicationExtension.class)
class UnsupportedAnswerFxTest {

    @TempDir
    static Path dir;
    private LocalKnowledgeBase kb;
    private Wiring wiring;
    private ConversationStore store;
    private ChatViewModel model;
    private ChatView view;
    private ChatScreen chat;
    private final ChatTexts texts = new ChatTexts(ChatTexts.bundle(Locale.ENGLISH));

    @Start
    void start(Stage stage) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs-" + System.nanoTime()));
        Files.writeString(docs.resolve("pump.txt"), "The warranty period for the Zephyr pump is 37 months.\n");
        Path home = dir.resolve("home-" + System.nanoTime());
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, new ZhikuCommandLine(quiet, quiet).run(new String[] {"index", "--home", home.toString(),
            "--keyword-only", docs.toString()}));
        wiring = new Wiring(new ZhikuHome(home), IndexerSettings.defaults());
        kb = wiring.knowledgeBase(false);
        ScriptedTextGenerator storyteller = new ScriptedTextGenerator(r -> r.messages().getLast().content()
                .contains("cite it") ? "The warranty lasts 37 months [1]." : "Once upon a time a pump sang by the sea.",
                2048);
        Answerer answerer = new Answerer(kb, storyteller, RagSettings.defaults(), q -> List.of());
        store = ConversationStore.open(home.resolve("conversations"));
        chat = ChatScreen.show(stage, answerer::ask, store, Locale.ENGLISH);
        model = chat.model();
        view = chat.view();
    }

    @AfterEach
    void close() {
        model.close();
        store.close();
        kb.close();
        wiring.close();
    }

    @Test
    void anAnswerThatCitesNothingIsLabelledNotSupported(FxRobot robot) throws Exception {
        ask(robot, "How long is the warranty period of the Zephyr pump?");
        Label label = robot.lookup(".unsupported-label").queryAs(Label.class);
        assertEquals(texts.get("answer.unsupported"), label.getText());
        assertTrue(robot.lookup(".answer-card.unsupported").tryQuery().isPresent());
    }

    @Test
    void anAnswerWithACheckedCitationIsNotLabelled(FxRobot robot) throws Exception {
        ask(robot, "How long is the Zephyr pump warranty period? Please cite it.");
        assertTrue(robot.lookup(".citation-chip").tryQuery().isPresent());
        assertTrue(robot.lookup(".unsupported-label").tryQuery().isEmpty());
    }

    @Test
    void theLabelIsInChineseToo() {
        String zh = new ChatTexts(ChatTexts.bundle(Locale.CHINESE)).get("answer.unsupported");
        assertTrue(zh.contains("无依据"), zh);
    }

    private void ask(FxRobot robot, String question) throws Exception {
        chat.ask(robot, question);
    }
}
