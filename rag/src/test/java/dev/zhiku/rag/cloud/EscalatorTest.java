package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.Route;
import dev.zhiku.core.ScriptedTextGenerator;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.redact.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escalation over a real knowledge base (Tika, Lucene, H2) with an open and a private folder, the real cloud client
 * and a loopback service standing in for the remote model.
 */
class EscalatorTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;
    private static CloudStub cloud;

    private AuditLog audit;
    private EncryptedFileSecretStore secrets;
    private final AtomicReference<CloudConfig> config = new AtomicReference<>();

    @BeforeAll
    static void index() throws Exception {
        Path open = Files.createDirectories(dir.resolve("open"));
        Path secret = Files.createDirectories(dir.resolve("private"));
        Files.writeString(open.resolve("budget.txt"), "Quarterly budget review.\n\nFor the quarterly budget review "
                + "contact alice.wang@example.com or call 13812345678 before Friday.\n\nThe zebrafish tank is "
                + "cleaned on Mondays.");
        Files.writeString(open.resolve("garden.txt"), "The garden hose is stored in the blue shed behind the house.");
        Files.writeString(secret.resolve("salary.txt"), "Salary ledger.\n\nThe salary of the night porter Mr. Okonkwo "
                + "is 4,200 yuan a month, paid on the fifth.");
        Files.writeString(secret.resolve("budget-notes.txt"), "Quarterly budget review notes: the private reserve "
                + "fund codeword is HELIOTROPE.");
        ZhikuHome home = new ZhikuHome(dir.resolve("home"));
        try (Indexer indexer = new Indexer(home, IndexerSettings.defaults().withThreads(1), null,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), ProgressListener.NONE)) {
            indexer.addRoots(List.of(open), false);
            indexer.addRoots(List.of(secret), true);
            indexer.run();
        }
        kb = LocalKnowledgeBase.open(home, FusionSettings.defaults(), null);
        cloud = new CloudStub();
    }

    @AfterAll
    static void close() {
        kb.close();
        cloud.close();
    }

    @BeforeEach
    void setUp() {
        Outbound.allowCloud(true);
        audit = AuditLog.open(dir.resolve("audit-" + System.nanoTime()));
        secrets = EncryptedFileSecretStore.open(dir.resolve("secrets"));
        secrets.put(SecretStore.CLOUD_API_KEY, "sk-test-key");
        config.set(CloudConfig.defaults().withService(cloud.baseUri().toString(), "stub-model"));
        cloud.bodies().clear();
    }

    @AfterEach
    void tearDown() {
        audit.close();
    }

    private Escalator escalator() {
        return new Escalator(kb, RagSettings.defaults(), config::get, secrets, audit, CloudConnector.OPENAI_COMPATIBLE);
    }

    private static CloudRequest ready(EscalationPlan plan) {
        return assertInstanceOf(EscalationPlan.Ready.class, plan, () -> plan.toString()).request();
    }

    @Test
    void onlyTheQuestionAndSelectedSnippetsAreSentRedacted() {
        Question question = new Question("Who do I contact for the garden hose and the quarterly budget review?",
                SearchFilter.none(), List.of(ChatMessage.user("earlier secret question about HELIOTROPE"),
                ChatMessage.assistant("an earlier answer")), "c1");
        CloudRequest request = ready(escalator().plan(question, null, EscalationTrigger.USER));
        String payload = request.payloadText();
        assertAll(
                () -> assertEquals(2, request.messages().size(), "system prompt and one user message, no history"),
                () -> assertTrue(request.userText().contains("[EMAIL_1]"), payload),
                () -> assertTrue(request.userText().contains("[PHONE_1]"), payload),
                () -> assertFalse(payload.contains("alice.wang@example.com"), payload),
                () -> assertFalse(payload.contains("13812345678"), payload),
                () -> assertFalse(payload.contains("earlier"), "no earlier turns: " + payload),
                () -> assertFalse(payload.contains("HELIOTROPE"), "nothing from the private folder: " + payload),
                () -> assertFalse(payload.contains("zebrafish"), "only the selected sentences: " + payload),
                () -> assertTrue(request.withheldPrivate() >= 1, "the private budget notes were left out"),
                () -> assertEquals(1, request.redactedCounts().get(Kind.EMAIL)),
                () -> assertTrue(request.tokenEstimate() > 20),
                () -> assertEquals("127.0.0.1:" + cloud.baseUri().getPort(), request.destination()),
                () -> assertTrue(cloud.bodies().isEmpty(), "planning sends nothing"));
    }

    @Test
    void anAnswerThatRestsOnlyOnPrivateSourcesIsRefused() {
        EscalationPlan plan = escalator().plan(Question.of("What is the salary of the night porter?"), null,
                EscalationTrigger.USER);
        EscalationPlan.Refused refused = assertInstanceOf(EscalationPlan.Refused.class, plan);
        assertAll(() -> assertTrue(refused.reason().contains("private"), refused.reason()),
                () -> assertTrue(cloud.bodies().isEmpty()));
    }

    @Test
    void theNeverPolicyRefusesBeforeAnythingIsPrepared() {
        config.set(config.get().withPolicy(EscalationPolicy.NEVER));
        EscalationPlan plan = escalator().plan(Question.of("Where is the garden hose?"), null, EscalationTrigger.USER);
        assertTrue(assertInstanceOf(EscalationPlan.Refused.class, plan).reason().contains("off"));
    }

    @Test
    void noServiceSetUpIsRefusedWithWhereToSetItUp() {
        config.set(CloudConfig.defaults());
        EscalationPlan plan = escalator().plan(Question.of("Where is the garden hose?"), null, EscalationTrigger.USER);
        assertTrue(assertInstanceOf(EscalationPlan.Refused.class, plan).reason().contains("Settings"));
    }

    @Test
    void theAnswerIsRestoredWhileItStreamsCitedAndAudited() {
        CloudRequest request = ready(escalator().plan(Question.of("Who do I contact for the quarterly budget review?"),
                null, EscalationTrigger.USER));
        cloud.answer("Write to [EMA", "IL_1] or call [PHO", "NE_1] [1].");
        StringBuilder streamed = new StringBuilder();
        CloudAnswer result = escalator().send(request, new AnswerListener() {
            @Override
            public void onToken(String piece) {
                streamed.append(piece);
            }
        }, new GenerationControl());
        Answer answer = result.answer();
        AuditEntry entry = audit.list(10).getFirst();
        assertAll(
                () -> assertEquals("Write to alice.wang@example.com or call 13812345678 [1].", answer.text()),
                () -> assertEquals(answer.text(), streamed.toString(), "restored while streaming"),
                () -> assertEquals(Route.CLOUD, answer.route()),
                () -> assertEquals("stub-model", answer.model()),
                () -> assertEquals(1, answer.citations().size()),
                () -> assertTrue(answer.citations().getFirst().path().endsWith("budget.txt")),
                () -> assertEquals(1, audit.count()),
                () -> assertEquals(result.auditId(), entry.id()),
                () -> assertEquals(cloud.bodies().getFirst(), entry.payload(), "the exact body that was sent"),
                () -> assertFalse(entry.payload().contains("alice.wang@example.com")),
                () -> assertFalse(entry.payload().contains("sk-test-key"), "the key is never audited"),
                () -> assertEquals("answered", entry.outcome()),
                () -> assertEquals("USER", entry.trigger()),
                () -> assertTrue(entry.answerTokens() > 0));
    }

    @Test
    void anEditIsRedactedAgainAndKeepsTheEarlierPlaceholders() {
        Escalator escalator = escalator();
        CloudRequest request = ready(escalator.plan(Question.of("Who do I contact for the quarterly budget review?"),
                null, EscalationTrigger.USER));
        CloudRequest edited = escalator.edit(request, request.userText() + "\nAlso cc bob@example.org please.");
        cloud.answer("Write to [EMAIL_1] and [EMAIL_2].");
        Answer answer = escalator.send(edited, AnswerListener.NONE, new GenerationControl()).answer();
        assertAll(() -> assertTrue(edited.edited()),
                () -> assertFalse(edited.payloadText().contains("bob@example.org"), edited.payloadText()),
                () -> assertFalse(cloud.bodies().getFirst().contains("bob@example.org")),
                () -> assertEquals("Write to alice.wang@example.com and bob@example.org.", answer.text()));
    }

    @Test
    void aRefusedKeyFailsInOneLineAndIsAudited() {
        CloudRequest request = ready(escalator().plan(Question.of("Where is the garden hose stored?"), null,
                EscalationTrigger.USER));
        cloud.fail(401);
        GenerationException e = assertThrows(GenerationException.class,
                () -> escalator().send(request, AnswerListener.NONE, new GenerationControl()));
        AuditEntry entry = audit.list(1).getFirst();
        assertAll(() -> assertEquals(1, e.getMessage().lines().count()),
                () -> assertTrue(e.getMessage().contains("API key"), e.getMessage()),
                () -> assertTrue(entry.outcome().startsWith("failed: "), entry.outcome()));
    }

    @Test
    void withTheGateClosedNothingLeavesAndNothingIsAudited() {
        CloudRequest request = ready(escalator().plan(Question.of("Where is the garden hose stored?"), null,
                EscalationTrigger.USER));
        Outbound.allowCloud(false);
        assertThrows(GenerationException.class,
                () -> escalator().send(request, AnswerListener.NONE, new GenerationControl()));
        assertAll(() -> assertTrue(cloud.bodies().isEmpty()), () -> assertEquals(0, audit.count()));
    }

    @Test
    void automaticEscalationOnlyUnderTheAutomaticPolicyAndForAReason() {
        Escalator escalator = escalator();
        Question q = Question.of("Where is the garden hose stored?");
        assertTrue(escalator.automaticTrigger(q, null, null).isEmpty(), "ask-each-time never sends by itself");
        config.set(config.get().withPolicy(EscalationPolicy.AUTO));
        assertEquals(EscalationTrigger.NO_LOCAL_MODEL, escalator.automaticTrigger(q, null, null).orElseThrow());

        ScriptedTextGenerator local = new ScriptedTextGenerator(r -> "The hose is in the shed [1].", 2_048);
        Answerer answerer = new Answerer(kb, local, RagSettings.defaults(), x -> List.of());
        AnswerOutcome good = answerer.ask(q, AnswerListener.NONE, new GenerationControl());
        assertTrue(escalator.automaticTrigger(q, good, local).isEmpty(), "a good local answer stays local");

        Question unknown = Question.of("What is the airspeed velocity of an unladen swallow?");
        AnswerOutcome abstained = answerer.ask(unknown, AnswerListener.NONE, new GenerationControl());
        assertTrue(abstained.answer().abstained());
        assertEquals(EscalationTrigger.ABSTAINED, escalator.automaticTrigger(unknown, abstained, local).orElseThrow());

        ScriptedTextGenerator steered = new ScriptedTextGenerator(r -> "I could not find this in your documents.",
                2_048);
        AnswerOutcome declined = new Answerer(kb, steered, RagSettings.defaults(), x -> List.of())
                .ask(q, AnswerListener.NONE, new GenerationControl());
        assertTrue(escalator.automaticTrigger(q, declined, steered).isEmpty(),
                "a model's 'not found' (which a document can dictate) sends nothing by itself");

        Question pasted = Question.of("Summarise this: " + "the garden hose is long and green. ".repeat(300));
        assertEquals(EscalationTrigger.CONTEXT_TOO_BIG, escalator.automaticTrigger(pasted, null, local).orElseThrow());
    }
}
