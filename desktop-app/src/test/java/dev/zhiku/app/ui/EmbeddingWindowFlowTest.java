package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.VectorFields;
import dev.zhiku.rag.engine.EngineKind;
import dev.zhiku.rag.engine.EngineList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
 * The embedding model part of Models, clicked through: the server's embedding model is listed, "Use for search"
 * switches the knowledge base to it in the background (the line says which vectors searches use), "Switch back"
 * returns to the bundled model, and the reranker the server offers is turned on and off.
 */
@ExtendWith(ApplicationExtension.class)
class EmbeddingWindowFlowTest {

    private static final long WAIT_SECONDS = 180;
    private static final String SET = "pc-ollama/" + OllamaStandIn.EMBED_MODEL;

    @TempDir
    static Path temp;

    private AppServices services;
    private OllamaStandIn ollama;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(docs.resolve("tea-" + i + ".md"), "# Tea " + i + "\n\nLongjing leaves of garden " + i
                    + " are picked before the Qingming festival.\n", StandardCharsets.UTF_8);
        }
        home = temp.resolve("home");
        WindowFixture.index(home, docs);
        ollama = new OllamaStandIn();
        ollama.listAllModels();
        new EngineList(home).add("pc-ollama", EngineKind.OLLAMA, ollama.address(), false, 0);
        services = new AppServices(new ZhikuHome(home), UiSettings.load(home));
        WindowFixture.show(stage, services, 1280, 900);
    }

    @AfterEach
    void close() {
        services.close();
        ollama.close();
    }

    @Test
    void switchToTheServersModelBackToBundledAndTurnTheRerankerOnAndOff(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-models").tryQuery().isPresent());
        robot.clickOn("#nav-models");
        waitUntil(() -> row(robot, OllamaStandIn.EMBED_MODEL) != null);
        assertTrue(text(robot, "#embeddings-active").contains(VectorFields.BUNDLED_MODEL));
        assertTrue(FxTexts.under(row(robot, OllamaStandIn.EMBED_MODEL)).contains("on pc-ollama · not used yet"));

        // the probe and one commit of eight sources, then the stand-in holds the switch where it is
        ollama.holdEmbedsAfter(ollama.embedRequests() + 1 + 8 + 1);
        press(robot, OllamaStandIn.EMBED_MODEL, "Use for search");
        assertTrue(ollama.awaitEmbedHeld());
        waitUntil(() -> text(robot, "#embeddings-progress-text").contains("Switching to " + SET + ": 8 of 20 passages"
                + " (40%)"));
        assertTrue(text(robot, "#embeddings-active").contains(VectorFields.BUNDLED_MODEL + " until the new ones are "
                + "complete"), "searches still use the bundled vectors");
        assertTrue(robot.lookup("#embeddings-stop").queryButton().isVisible());
        assertEquals("Switching the embedding model to " + SET + ": 40% (Models)", text(robot, "#status-background"));
        assertEquals(VectorFields.BUNDLED_MODEL, activeInCatalog());
        ollama.releaseEmbeds();
        waitUntil(() -> text(robot, "#embeddings-active").contains(SET));
        assertEquals("", text(robot, "#status-background"));
        assertEquals(SET, activeInCatalog());
        assertTrue(text(robot, "#embeddings-notice").contains("Searches now use " + SET));
        waitUntil(() -> FxTexts.under(row(robot, OllamaStandIn.EMBED_MODEL)).contains("Searched"));

        press(robot, VectorFields.BUNDLED_MODEL, "Switch back");
        waitUntil(() -> text(robot, "#embeddings-active").contains(VectorFields.BUNDLED_MODEL));
        assertEquals(VectorFields.BUNDLED_MODEL, activeInCatalog());
        waitUntil(() -> FxTexts.under(row(robot, OllamaStandIn.EMBED_MODEL)).contains("complete"));

        // the server's reranker is suggested in the fields; Turn on tests it first
        waitUntil(() -> !robot.lookup("#embeddings-rerank-on").queryButton().isDisabled());
        robot.clickOn("#embeddings-rerank-on");
        waitUntil(() -> text(robot, "#embeddings-reranker").contains(OllamaStandIn.RERANK_MODEL));
        robot.clickOn("#embeddings-rerank-off");
        waitUntil(() -> text(robot, "#embeddings-reranker").contains("off"));
    }

    private String activeInCatalog() throws Exception {
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            return catalog.activeVectorSet();
        }
    }

    /** The row of the embedding list whose name is {@code name}, or null. */
    private static HBox row(FxRobot robot, String name) {
        for (Node n : robot.lookup("#embeddings-list .model-row").queryAll()) {
            if (n instanceof HBox box && box.getChildren().getFirst() instanceof Label l && name.equals(l.getText())) {
                return box;
            }
        }
        return null;
    }

    /**
     * Presses a row's button as a click does ({@code fire}): the list's cells are rebuilt whenever the rows are read
     * again, so a row found a moment ago may have left the scene before the robot's pointer gets there.
     */
    private static void press(FxRobot robot, String name, String text) throws Exception {
        waitUntil(() -> row(robot, name) != null && !button(row(robot, name), text).isDisabled());
        robot.interact(() -> button(row(robot, name), text).fire());
    }

    private static Button button(HBox row, String text) {
        return row.getChildren().stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + text + " in "
                        + FxTexts.under(row)));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(FxTexts::under).orElse("");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
