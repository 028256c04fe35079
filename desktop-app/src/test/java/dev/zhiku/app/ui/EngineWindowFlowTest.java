package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.EngineList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
 * The Models screen lists a model server on this PC (the Ollama stand-in, real HTTP) with the context it reports;
 * choosing its model makes the chat's answers come from it, named on the answer card; Stop ends a held answer
 * mid-way and keeps what was written.
 */
@ExtendWith(ApplicationExtension.class)
class EngineWindowFlowTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path temp;

    private AppServices services;
    private OllamaStandIn ollama;
    /** A loopback port nothing listens on: a server that is not started. */
    private int closed;

    @Start
    void start(Stage stage) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("tea.md"), "# Tea\n\nThe best Longjing leaves are picked before the Qingming "
                + "festival in early April.\n", StandardCharsets.UTF_8);
        Path home = temp.resolve("home");
        WindowFixture.index(home, docs, "--keyword-only");
        ollama = new OllamaStandIn();
        new EngineList(home).add("pc-ollama", EngineKind.OLLAMA, ollama.address(), false, 0);
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }
        new EngineList(home).add("stopped-server", EngineKind.OLLAMA,
                java.net.URI.create("http://127.0.0.1:" + closed), false, 0);
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false);
        WindowFixture.show(stage, services, 1200, 800);
    }

    @AfterEach
    void close() {
        services.close();
        ollama.close();
    }

    @Test
    void chooseAServersModelAnswerNamedAndStopMidAnswer(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".chat-input").tryQuery().isPresent());
        robot.clickOn("#nav-models");
        waitUntil(() -> texts(robot, ".server-list").contains(OllamaStandIn.MODEL));
        String listed = texts(robot, ".server-list");
        assertTrue(listed.contains("pc-ollama · this PC · context " + OllamaStandIn.CONTEXT), listed);
        assertTrue(texts(robot, ".models-view").contains("ollama pull qwen3.5:4b"), "the newer models' commands");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.zhiku.app.ui.models.ServerRow> servers = robot.lookup(".server-list")
                .queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> servers.getItems().stream().anyMatch(r -> r.engine().address().getPort() == closed));
        robot.interact(() -> servers.scrollTo(servers.getItems().stream()
                .filter(r -> r.engine().address().getPort() == closed).findFirst().orElseThrow()));
        waitUntil(() -> texts(robot, ".server-list").contains("127.0.0.1:" + closed));
        assertTrue(texts(robot, ".server-list").contains("not running (nothing answers at this address)"),
                "a server that is not started, in the window's words: " + texts(robot, ".server-list"));
        robot.interact(() -> servers.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        Button use = robot.lookup(".server-list .button").queryAllAs(Button.class).stream()
                .filter(b -> !b.isDisabled()).findFirst().orElseThrow();
        robot.clickOn(use);
        waitUntil(() -> texts(robot, ".server-list").contains("Active"));

        robot.clickOn("#nav-chat");
        ask(robot, "When are the best Longjing leaves picked?");
        waitUntil(() -> texts(robot, ".answer-card").contains("pc-ollama · " + OllamaStandIn.MODEL));
        String card = texts(robot, ".answer-card");
        assertTrue(card.contains("Once upon a time"), card);

        ollama.holdAfter(3);
        ask(robot, "And where is Longjing tea grown?");
        assertTrue(ollama.awaitHeld(), "the second answer never started");
        waitUntil(() -> cards(robot).contains("Once upon a"));
        robot.clickOn(".stop-button");
        waitUntil(() -> cards(robot).contains("Stopped"));
        assertTrue(cards(robot).contains("Once upon a"), cards(robot));
    }

    private static void ask(FxRobot robot, String question) throws Exception {
        waitUntil(() -> robot.lookup(".chat-input").tryQuery().isPresent());
        TextArea input = robot.lookup(".chat-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText(question));
        robot.clickOn(input);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of every answer card, the newest last. */
    private static String cards(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (Node n : robot.lookup(".answer-card").queryAll()) {
            all.append(FxTexts.under(n)).append('\n');
        }
        return all.toString();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text under the first match, list cells' graphics included. */
    private static String texts(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            StringBuilder all = new StringBuilder();
            collect(n, all);
            return all.toString();
        }).orElse("");
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof javafx.scene.text.Text t) {
            all.append(t.getText());
        } else if (node instanceof javafx.scene.control.Labeled l) {
            all.append(l.getText() == null ? "" : l.getText());
            if (l.getGraphic() != null) {
                collect(l.getGraphic(), all);
            }
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
        all.append(' ');
    }
}
