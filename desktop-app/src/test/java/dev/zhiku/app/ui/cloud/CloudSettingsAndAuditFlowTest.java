package dev.zhiku.app.ui.cloud;

import static dev.zhiku.app.ui.cloud.CloudFlowTest.ask;
import static dev.zhiku.app.ui.cloud.CloudFlowTest.label;
import static dev.zhiku.app.ui.cloud.CloudFlowTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.Language;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudPreset;
import dev.zhiku.rag.cloud.EscalationPlan;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.EscalationTrigger;
import dev.zhiku.rag.cloud.Escalator;
import dev.zhiku.rag.cloud.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings › Cloud and the audit log, headless, with the real stores and a real server on loopback. */
@ExtendWith(ApplicationExtension.class)
class CloudSettingsAndAuditFlowTest {

    @TempDir
    static Path temp;
    static CloudFixture fixture;

    private AppServices services;

    @BeforeAll
    static void indexAndStartTheCloud() throws Exception {
        fixture = CloudFixture.create(temp);
    }

    @AfterAll
    static void stopTheCloud() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        services = fixture.show(stage, Language.ENGLISH);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theAuditLogListsShowsExportsAndDeletesWhatWasSent(FxRobot robot) throws Exception {
        sendDirectly(CloudFixture.QUESTION);
        sendDirectly("How much does one office chair cost?");
        openAudit(robot);
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(1));
        String payload = robot.lookup("#audit-payload").queryAs(TextArea.class).getText();
        assertTrue(payload.contains("\"messages\" : ["), "indented JSON: " + payload);
        assertTrue(payload.contains("[EMAIL_1]"), payload);
        assertFalse(payload.contains(CloudFixture.EMAIL), payload);

        AuditView view = robot.lookup("#audit-view").queryAs(AuditView.class);
        Path file = temp.resolve("audit.json");
        robot.interact(() -> view.viewModel().exportTo(file));
        waitUntil(() -> view.viewModel().exportedProperty().get() != null);
        JsonNode exported = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(2, exported.size());
        for (JsonNode entry : exported) {
            assertTrue(entry.path("endpoint").asText().startsWith("http://127.0.0.1:"), entry.toString());
            assertEquals("loopback-cloud", entry.path("model").asText());
            assertEquals(2, entry.path("payload").path("messages").size(), entry.toString());
            assertEquals("answered", entry.path("outcome").asText());
            assertTrue(entry.path("promptTokens").asInt() > 0);
        }

        robot.clickOn("#audit-delete");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(1, services.auditLog().count());

        robot.clickOn("#audit-delete-all");
        waitUntil(() -> robot.lookup("#audit-delete-all-confirm").tryQuery().isPresent());
        robot.clickOn("#audit-delete-all-confirm");
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, services.auditLog().count());
        assertEquals("Nothing has left this PC.", label(robot, "#audit-empty"));
        assertTrue(robot.lookup("#audit-empty").query().isVisible());
    }

    @Test
    void settingsSaveThePolicyTheServiceAndTheKeyOnlyEncrypted(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TextField address = robot.lookup("#cloud-base-uri").queryAs(TextField.class);
        waitUntil(() -> address.getText().equals(fixture.cloud.server().baseUri().toString()));
        assertEquals("A key is stored.", label(robot, "#cloud-key-state"));

        click(robot, "#cloud-policy-never");
        click(robot, "#cloud-save");
        waitUntil(() -> label(robot, "#cloud-feedback").equals("Saved."));
        assertEquals(EscalationPolicy.NEVER, CloudConfig.load(fixture.home).policy());
        robot.clickOn("#nav-chat");
        Node card = ask(robot, CloudFixture.QUESTION);
        assertTrue(card.lookup(".ask-cloud-button") == null || !card.lookup(".ask-cloud-button").isVisible(),
                "no 'Ask cloud' under 'never'");

        robot.clickOn("#nav-settings");
        robot.interact(() -> address.setText("ftp://files.example.com"));
        click(robot, "#cloud-save");
        waitUntil(() -> label(robot, "#cloud-feedback").startsWith("The address must start with https://"));
        assertEquals(fixture.cloud.server().baseUri().toString(), CloudConfig.load(fixture.home).baseUri(),
                "nothing saved");

        ComboBox<CloudPreset> presets = robot.lookup("#cloud-preset").queryComboBox();
        CloudPreset deepSeek = presets.getItems().stream().filter(p -> p.name().equals("DeepSeek")).findFirst()
                .orElseThrow();
        robot.interact(() -> presets.setValue(deepSeek));
        assertEquals("https://api.deepseek.com/v1", address.getText());
        assertEquals("deepseek-chat", robot.lookup("#cloud-model").queryAs(TextField.class).getText());
        click(robot, "#cloud-policy-ask");
        String key = "sk-test-5ecret-key-9911";
        PasswordField field = robot.lookup("#cloud-key").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(key));
        robot.interact(() -> robot.lookup("#cloud-terms").queryAs(TextArea.class).setText("Hangzhou Seating\nLi Wei"));
        click(robot, "#cloud-save");
        waitUntil(() -> label(robot, "#cloud-feedback").equals("Saved."));
        assertEquals("", field.getText(), "the typed key is not kept in the form");
        assertEquals("A key is stored.", label(robot, "#cloud-key-state"));
        CloudConfig saved = CloudConfig.load(fixture.home);
        assertEquals(new CloudConfig(EscalationPolicy.ASK, "https://api.deepseek.com/v1", "deepseek-chat", 8_192,
                List.of("Hangzhou Seating", "Li Wei")), saved);
        assertEquals(key, services.wiring().secrets().get(SecretStore.CLOUD_API_KEY).orElseThrow());
        assertNoFileContains(fixture.home, key);

        click(robot, "#cloud-key-remove");
        waitUntil(() -> label(robot, "#cloud-key-state").equals("No key stored."));
        assertTrue(services.wiring().secrets().get(SecretStore.CLOUD_API_KEY).isEmpty());
    }

    /** A question sent through the real escalator (as "Ask cloud" does), off the FX thread. */
    private void sendDirectly(String question) throws Exception {
        Escalator escalator = services.escalator();
        EscalationPlan plan = escalator.plan(Question.of(question), null, EscalationTrigger.USER);
        EscalationPlan.Ready ready = (EscalationPlan.Ready) plan;
        escalator.send(ready.request(), AnswerListener.NONE, new GenerationControl());
    }

    private static void openAudit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        click(robot, "#cloud-audit");
        waitUntil(() -> robot.lookup("#audit-table").tryQuery().isPresent());
    }

    /** Scrolls the settings page to the node, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup(".settings-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.clamp((bounds.getMinY() - 60) / hidden, 0.0, 1.0));
            }
        });
        robot.clickOn(node);
    }

    private static void assertNoFileContains(Path dir, String secret) throws Exception {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(new String(needle, StandardCharsets.ISO_8859_1)), "the key is in " + f);
            }
        }
    }
}
