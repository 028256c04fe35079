package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.serve.ServedKnowledgeBase;
import dev.zhiku.core.net.Outbound;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escalation end to end through the command line, with a real {@code zhiku serve} on loopback as the cloud: set up
 * (key from stdin, stored encrypted), dry run, send, audit, a refused key with the local answer kept, the never
 * policy and a private folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "Who do I contact for the quarterly budget review?";

    @TempDir
    static Path dir;
    private static ServedKnowledgeBase cloud;
    private static String home;

    @BeforeAll
    static void setUp() throws Exception {
        cloud = ServedKnowledgeBase.start(dir.resolve("cloud"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path secret = Files.createDirectories(dir.resolve("secret"));
        Files.writeString(docs.resolve("budget.txt"), "Quarterly budget review.\n\nFor the quarterly budget review "
                + "contact alice.wang@example.com or call 13812345678 before Friday.\n");
        Files.writeString(secret.resolve("porter.txt"), "The night porter's salary is 4,200 yuan a month.\n");
        home = dir.resolve("home").toString();
        assertEquals(0, CliRun.of("index", "--home", home, "--keyword-only", "--quiet", docs.toString()).exit());
        assertEquals(0, CliRun.of("index", "--home", home, "--keyword-only", "--quiet", "--private",
                secret.toString()).exit());
    }

    @AfterAll
    static void tearDown() throws Exception {
        cloud.close();
    }

    @Test
    @Order(1)
    void theKeyIsReadFromStdinAndStoredEncrypted() throws Exception {
        CliRun set = withStdin(ServedKnowledgeBase.TOKEN + "\n", () -> CliRun.of("cloud", "set", "--home", home,
                "--base-url", cloud.server().baseUri().toString(), "--model", cloud.server().modelId(),
                "--key-stdin"));
        assertAll(() -> assertEquals(0, set.exit(), set.err()),
                () -> assertTrue(set.out().contains("API key:  stored, encrypted"), set.out()),
                () -> assertTrue(set.out().contains("policy:   ask"), set.out()));
        try (Stream<Path> files = Files.walk(Path.of(home))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                        .contains(ServedKnowledgeBase.TOKEN), "the key in plain text in " + f);
            }
        }
    }

    @Test
    @Order(2)
    void aDryRunShowsTheRedactedPayloadAndSendsNothing() {
        long sent = Outbound.sent(Outbound.Purpose.CLOUD);
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--dry-run", QUESTION);
        assertAll(() -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.out().contains("[EMAIL_1]") && run.out().contains("[PHONE_1]"), run.out()),
                () -> assertFalse(run.out().contains("alice.wang@example.com"), run.out()),
                () -> assertTrue(run.out().contains("nothing was sent"), run.out()),
                () -> assertEquals(sent, Outbound.sent(Outbound.Purpose.CLOUD)));
    }

    @Test
    @Order(3)
    void withoutATerminalOrYesNothingIsSent() {
        long sent = Outbound.sent(Outbound.Purpose.CLOUD);
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--cloud", "--json", QUESTION);
        assertAll(() -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.err().contains("Nothing was sent"), run.err()),
                () -> assertEquals(sent, Outbound.sent(Outbound.Purpose.CLOUD)));
    }

    @Test
    @Order(4)
    void aConfirmedEscalationAnswersFromTheCloudAndIsAudited() throws Exception {
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--cloud", "--yes", "--json", QUESTION);
        JsonNode answer = JSON.readTree(run.out());
        CliRun audit = CliRun.of("audit", "list", "--json", "--home", home);
        JsonNode entries = JSON.readTree(audit.out());
        assertAll(() -> assertEquals(0, run.exit(), run.err()),
                () -> assertEquals("cloud", answer.get("route").asText(), run.out()),
                () -> assertTrue(answer.at("/escalation/sent").asBoolean(), run.out()),
                () -> assertTrue(answer.at("/escalation/overheadMs").asLong() >= 0, run.out()),
                () -> assertEquals(1, entries.size(), audit.out()),
                () -> assertEquals("answered", entries.get(0).get("outcome").asText()),
                () -> assertTrue(entries.get(0).at("/payload/messages/1/content").asText().contains("[EMAIL_1]")),
                () -> assertFalse(audit.out().contains("alice.wang@example.com"), audit.out()),
                () -> assertFalse(audit.out().contains(ServedKnowledgeBase.TOKEN), "the key is not audited"));
    }

    @Test
    @Order(5)
    void aRefusedKeyKeepsTheLocalAnswer() throws Exception {
        withStdin("wrong-key\n", () -> CliRun.of("cloud", "set", "--home", home, "--key-stdin"));
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--cloud", "--yes", "--json", QUESTION);
        JsonNode answer = JSON.readTree(run.out());
        JsonNode newest = JSON.readTree(CliRun.of("audit", "list", "--json", "--home", home).out()).get(0);
        withStdin(ServedKnowledgeBase.TOKEN + "\n", () -> CliRun.of("cloud", "set", "--home", home, "--key-stdin"));
        assertAll(() -> assertEquals(0, run.exit()),
                () -> assertEquals("extractive", answer.get("route").asText(), "the local answer stands"),
                () -> assertTrue(answer.get("answer").asText().contains("alice.wang@example.com")),
                () -> assertTrue(run.err().contains("The cloud answer failed") && run.err().contains("API key"),
                        run.err()),
                () -> assertEquals(1, run.errLines(), run.err()),
                () -> assertTrue(newest.get("outcome").asText().startsWith("failed"), newest.toString()));
    }

    @Test
    @Order(6)
    void anAnswerOnlyInAPrivateFolderIsNotSent() {
        long sent = Outbound.sent(Outbound.Purpose.CLOUD);
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--cloud", "--yes",
                "What is the night porter's salary?");
        assertAll(() -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.err().contains("Not sent to the cloud") && run.err().contains("private"),
                        run.err()),
                () -> assertEquals(sent, Outbound.sent(Outbound.Purpose.CLOUD)));
    }

    @Test
    @Order(7)
    void theNeverPolicyClosesTheGate() {
        assertEquals(0, CliRun.of("cloud", "set", "--home", home, "--policy", "never").exit());
        long sent = Outbound.sent(Outbound.Purpose.CLOUD);
        CliRun run = CliRun.of("ask", "--home", home, "--no-llm", "--cloud", "--yes", QUESTION);
        assertAll(() -> assertTrue(run.err().contains("Cloud questions are off"), run.err()),
                () -> assertFalse(Outbound.cloudAllowed()),
                () -> assertEquals(sent, Outbound.sent(Outbound.Purpose.CLOUD)));
        assertEquals(0, CliRun.of("cloud", "set", "--home", home, "--policy", "ask").exit());
    }

    @Test
    @Order(8)
    void theAuditLogExportsAndDeletes() throws Exception {
        Path export = dir.resolve("audit.json");
        assertEquals(0, CliRun.of("audit", "export", "--home", home, export.toString()).exit());
        int exported = JSON.readTree(export.toFile()).size();
        CliRun clear = CliRun.of("audit", "clear", "--home", home);
        CliRun list = CliRun.of("audit", "--home", home);
        assertAll(() -> assertEquals(2, exported),
                () -> assertTrue(clear.out().contains("Deleted 2 entries"), clear.out()),
                () -> assertTrue(list.out().contains("Nothing has left this PC."), list.out()));
    }

    private interface Run {
        CliRun run() throws Exception;
    }

    private static CliRun withStdin(String text, Run run) throws Exception {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.run();
        } finally {
            System.setIn(saved);
        }
    }
}
