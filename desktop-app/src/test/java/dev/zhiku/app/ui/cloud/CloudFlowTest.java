package dev.zhiku.app.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.FxTexts;
import dev.zhiku.app.ui.Language;
import dev.zhiku.rag.cloud.AuditEntry;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.SecretStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Ask cloud" as a person clicks it, headless, with real parts: a keyword index built by the real indexer, the
 * extractive answerer, the real escalator, audit log (H2) and secret store, and a real {@code zhiku serve} server
 * on loopback as the cloud.
 */
@ExtendWith(ApplicationExtension.class)
class CloudFlowTest {

    static final String EMAIL = CloudFixture.EMAIL;
    static final String PHONE = CloudFixture.PHONE;
    static final String QUESTION = CloudFixture.QUESTION;
    static final long WAIT_SECONDS = 30;

    @TempDir
    static Path temp;
    static CloudFixture fixture;
    static LoopbackCloud cloud;

    private AppServices services;

    @BeforeAll
    static void indexAndStartTheCloud() throws Exception {
        fixture = CloudFixture.create(temp);
        cloud = fixture.cloud;
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
    void theConsentDialogShowsTheRedactedPayloadAndOnlySendSendsIt(FxRobot robot) throws Exception {
        int before = cloud.searches();
        VBox local = ask(robot, QUESTION);
        assertTrue(text(local).contains(EMAIL), "the local answer quotes the document: " + text(local));

        clickAskCloud(robot, local);
        waitUntil(() -> robot.lookup("#consent-payload").tryQuery().isPresent());
        String payload = robot.lookup("#consent-payload").queryAs(TextArea.class).getText();
        assertTrue(payload.contains("[EMAIL_1]"), payload);
        assertTrue(payload.contains("[PHONE_1]"), payload);
        assertFalse(payload.contains(EMAIL), payload);
        assertFalse(payload.contains(PHONE), payload);
        assertTrue(payload.contains(QUESTION), payload);
        assertEquals("127.0.0.1:" + cloud.server().baseUri().getPort(), label(robot, "#consent-destination"));
        assertEquals("loopback-cloud", label(robot, "#consent-model"));
        assertTrue(label(robot, "#consent-tokens").matches("about \\d+ tokens · \\d+ snippets? from your documents"),
                label(robot, "#consent-tokens"));
        assertEquals("1 e-mail address, 1 phone number replaced", label(robot, "#consent-redacted"));

        robot.clickOn("#consent-cancel");
        waitUntil(() -> robot.lookup("#consent-payload").tryQuery().isEmpty()
                && !robot.lookup(".cloud-notice-not-sent").queryAll().isEmpty());
        assertEquals(0, services.auditLog().count(), "Cancel sends nothing");
        assertEquals(before, cloud.searches(), "the cloud saw no request");

        clickAskCloud(robot, lastAnswer(robot));
        waitUntil(() -> robot.lookup("#consent-send").tryQuery().isPresent());
        robot.clickOn("#consent-allow");
        robot.clickOn("#consent-send");
        VBox answer = waitForCloudAnswer(robot, 1);
        assertTrue(text(answer).contains("Cloud · loopback-cloud"), text(answer));
        assertEquals(1, services.auditLog().count());
        AuditEntry entry = services.auditLog().list(10).getFirst();
        assertFalse(entry.payload().contains(EMAIL), entry.payload());
        assertFalse(entry.payload().contains(PHONE), entry.payload());
        assertTrue(entry.payload().contains("[EMAIL_1]"), entry.payload());
        assertEquals("answered", entry.outcome());
        assertTrue(cloud.searches() > before, "the cloud answered");

        VBox second = ask(robot, "How much does one office chair cost?");
        clickAskCloud(robot, second);
        waitForCloudAnswer(robot, 2);
        assertTrue(robot.lookup("#consent-payload").tryQuery().isEmpty(), "allowed for this conversation");
        assertEquals(2, services.auditLog().count());
    }

    @Test
    void editingRedactsTheNewTextAgainBeforeItIsShownAndSent(FxRobot robot) throws Exception {
        clickAskCloud(robot, ask(robot, QUESTION));
        waitUntil(() -> robot.lookup("#consent-payload").tryQuery().isPresent());
        TextArea payload = robot.lookup("#consent-payload").queryAs(TextArea.class);
        assertFalse(payload.isEditable());

        robot.clickOn("#consent-edit");
        assertTrue(payload.isEditable());
        assertTrue(payload.getText().startsWith("<source"), payload.getText());
        assertTrue(robot.lookup("#consent-send").queryAs(Button.class).isDisabled(), "review before sending");
        robot.interact(() -> payload.setText(payload.getText() + "\nPlease copy bob@example.org on the reply."));
        robot.clickOn("#consent-edit");

        assertFalse(payload.isEditable());
        assertTrue(payload.getText().startsWith("── system ──"), payload.getText());
        assertTrue(payload.getText().contains("[EMAIL_2]"), payload.getText());
        assertFalse(payload.getText().contains("bob@example.org"), payload.getText());
        assertEquals("2 e-mail addresses, 1 phone number replaced", label(robot, "#consent-redacted"));
        robot.clickOn("#consent-send");
        waitForCloudAnswer(robot, 1);
        String sent = services.auditLog().list(1).getFirst().payload();
        assertTrue(sent.contains("Please copy [EMAIL_2] on the reply."), sent);
        assertFalse(sent.contains("bob@example.org"), sent);
    }

    @Test
    void aRefusedKeyLeavesOneLineAndTheLocalAnswer(FxRobot robot) throws Exception {
        services.wiring().secrets().put(SecretStore.CLOUD_API_KEY, "not-the-key");
        VBox local = ask(robot, QUESTION);
        String localText = text(local);
        clickAskCloud(robot, local);
        waitUntil(() -> robot.lookup("#consent-send").tryQuery().isPresent());
        robot.clickOn("#consent-send");
        waitUntil(() -> !robot.lookup(".cloud-notice-failed").queryAll().isEmpty());

        String notice = robot.lookup(".cloud-notice-failed").queryAs(Labeled.class).getText();
        assertTrue(notice.startsWith("The cloud answer failed: the cloud service refused the API key (HTTP 401)"),
                notice);
        assertTrue(notice.endsWith("The local answer above stands."), notice);
        assertTrue(robot.lookup(".cloud-card").queryAll().isEmpty(), "no cloud card is left");
        assertTrue(text(lastAnswer(robot)).startsWith(localText.substring(0, 40)), "the local answer stays");
        AuditEntry entry = services.auditLog().list(1).getFirst();
        assertTrue(entry.outcome().startsWith("failed: the cloud service refused the API key"), entry.outcome());
    }

    @Test
    void whenOnlyAPrivateFolderHoldsTheAnswerNothingIsSent(FxRobot robot) throws Exception {
        int before = cloud.searches();
        VBox local = ask(robot, "What is the hint for the garden gate code?");
        assertTrue(text(local).contains("grandmother Wang"), "answered locally: " + text(local));
        clickAskCloud(robot, local);
        waitUntil(() -> !robot.lookup(".cloud-notice-refused").queryAll().isEmpty());

        String notice = robot.lookup(".cloud-notice-refused").queryAs(Labeled.class).getText();
        assertTrue(notice.contains("folders marked private"), notice);
        assertTrue(notice.contains("nothing was sent"), notice);
        assertTrue(robot.lookup("#consent-payload").tryQuery().isEmpty(), "no preview of a refused request");
        assertEquals(0, services.auditLog().count());
        assertEquals(before, cloud.searches());
    }

    @Test
    void aNotFoundAnswerOffersTheCloudProminently(FxRobot robot) throws Exception {
        VBox local = ask(robot, "What is the capital of Mongolia?");
        assertTrue(text(local).contains("Not found in your documents"), text(local));
        Node prominent = local.lookup(".ask-cloud-prominent");
        assertTrue(prominent != null && prominent.isVisible(), "a large 'Ask the cloud model' button");
        assertEquals("☁ Ask the cloud model", ((Labeled) prominent).getText());
    }

    @Test
    void underTheAutomaticPolicyTheCloudAnswersWithoutAskingAndSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> services.wiring().saveCloudConfig(services.cloudConfig()
                .withPolicy(EscalationPolicy.AUTO)));
        ask(robot, QUESTION);
        VBox answer = waitForCloudAnswer(robot, 1);
        assertTrue(text(answer).contains("Sent automatically: no local model is installed."), text(answer));
        assertTrue(robot.lookup("#consent-payload").tryQuery().isEmpty());
        assertEquals("NO_LOCAL_MODEL", services.auditLog().list(1).getFirst().trigger());
    }

    /** Asks in the chat and returns the finished answer's card. */
    static VBox ask(FxRobot robot, String question) throws Exception {
        waitUntil(() -> robot.lookup(".chat-input").tryQuery().isPresent());
        int cards = answers(robot).size();
        TextArea input = robot.lookup(".chat-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText(question));
        robot.clickOn(input);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> answers(robot).size() > cards && lastAnswer(robot).lookup(".copy-button") != null);
        return lastAnswer(robot);
    }

    static void clickAskCloud(FxRobot robot, VBox card) throws Exception {
        waitUntil(() -> card.lookup(".ask-cloud-button") != null && card.lookup(".ask-cloud-button").isVisible());
        Node button = card.lookup(".ask-cloud-button");
        robot.clickOn(button);
    }

    static VBox waitForCloudAnswer(FxRobot robot, int count) throws Exception {
        waitUntil(() -> answers(robot).stream().filter(c -> c.getStyleClass().contains("cloud-card")
                && c.lookup(".copy-button") != null).count() == count);
        return answers(robot).stream().filter(c -> c.getStyleClass().contains("cloud-card")).reduce((a, b) -> b)
                .orElseThrow();
    }

    static List<VBox> answers(FxRobot robot) {
        return robot.lookup(".chat-messages").tryQuery().map(m -> ((VBox) m).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("answer-card")).map(n -> assertInstanceOf(VBox.class, n))
                .toList()).orElse(List.of());
    }

    static VBox lastAnswer(FxRobot robot) {
        return answers(robot).getLast();
    }

    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** All text under a node, in order. */
    static String text(Node node) {
        return FxTexts.under(node);
    }
}
