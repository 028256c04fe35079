package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.cli.ZhikuCommandLine;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.rag.engine.EngineChoice;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.EngineList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
 * A model on a server on the network that is not trusted, chosen for answers: the window answers from the
 * documents, and asking that server goes through the cloud path's consent — the preview names the server and shows
 * the redacted text, and Cancel sends nothing. (TEST-NET-1 address: nothing could answer there.)
 */
@ExtendWith(ApplicationExtension.class)
class NetworkEngineWindowTest {

    private static final String EMAIL = "wang.li@example.com";

    @TempDir
    static Path temp;

    private AppServices services;

    @Start
    void start(Stage stage) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("tea.md"), "# Tea\n\nThe best Longjing leaves are picked before the Qingming "
                + "festival in early April. Orders go to " + EMAIL + ".\n", StandardCharsets.UTF_8);
        Path home = temp.resolve("home");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, new ZhikuCommandLine(print, print).run(new String[] {"index", "--home", home.toString(),
            "--keyword-only", "--quiet", docs.toString()}), log.toString(StandardCharsets.UTF_8));
        EngineList engines = new EngineList(home);
        engines.add("office", EngineKind.OPENAI_COMPATIBLE, URI.create("http://192.0.2.30:8000"), false, 8192);
        engines.setActive(new EngineChoice("office", "qwen3:4b"));
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
    void askingTheServerShowsThePreviewWithItsAddressAndCancelSendsNothing(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".chat-input").tryQuery().isPresent());
        TextArea input = robot.lookup(".chat-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText("When are the best Longjing leaves picked, and where do orders go?"));
        robot.clickOn(input);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".citation-chip").tryQuery().isPresent());
        waitUntil(() -> "Model: office · qwen3:4b".equals(robot.lookup("#status-model").queryAs(Labeled.class)
                .getText()));
        long sent = Outbound.sent(Outbound.Purpose.CLOUD);
        waitUntil(() -> robot.lookup(".ask-cloud-button").tryQuery().map(Node::isVisible).orElse(false));
        Node askCloud = robot.lookup(".ask-cloud-button").query();
        robot.clickOn(askCloud);
        waitUntil(() -> robot.lookup("#consent-payload").tryQuery().isPresent());
        String payload = robot.lookup("#consent-payload").queryAs(TextArea.class).getText();
        assertEquals("192.0.2.30:8000", robot.lookup("#consent-destination").queryAs(Labeled.class).getText());
        assertEquals("qwen3:4b", robot.lookup("#consent-model").queryAs(Labeled.class).getText());
        assertTrue(payload.contains("[EMAIL_1]") && !payload.contains(EMAIL), payload);
        robot.clickOn("#consent-cancel");
        waitUntil(() -> robot.lookup("#consent-payload").tryQuery().isEmpty()
                && !robot.lookup(".cloud-notice-not-sent").queryAll().isEmpty());
        assertEquals(sent, Outbound.sent(Outbound.Purpose.CLOUD), "nothing was sent");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
