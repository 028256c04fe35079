package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.core.net.Outbound;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model servers through the command line, with real HTTP on loopback: an Ollama stand-in added, listed with the
 * context it reports, chosen, and answering {@code ask} (named in the JSON, nothing through the cloud gate, no
 * audit entry); a server killed mid-answer; a server that is not running; a server on the network that is not
 * trusted goes through the cloud path (preview, no send without consent).
 */
class EnginesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "When are the best Longjing leaves picked?";

    @TempDir
    static Path dir;
    private static Path docs;

    @BeforeAll
    static void index() throws Exception {
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("tea.md"), """
                # Tea houses of Hangzhou

                Longjing tea is grown in the hills west of Hangzhou. The best leaves are picked before the Qingming
                festival in early April. 龙井茶产自杭州西湖西边的山上，最好的茶叶在清明节前采摘。
                """);
    }

    private static String newHome(String name) {
        String home = dir.resolve(name).toString();
        CliRun run = CliRun.of("index", "--home", home, "--keyword-only", "--quiet", docs.toString());
        assertEquals(0, run.exit(), run.err());
        return home;
    }

    @Test
    void anOllamaServerOnThisPcIsListedChosenAndAnswersNamedWithoutTheCloudPath() throws Exception {
        String home = newHome("local");
        try (OllamaStandIn ollama = new OllamaStandIn()) {
            CliRun add = CliRun.of("engines", "add", ollama.address().toString(), "--name", "pc-ollama", "--home",
                    home);
            assertAll(() -> assertEquals(0, add.exit(), add.err()),
                    () -> assertTrue(add.out().contains("(Ollama)"), add.out()),
                    () -> assertTrue(add.out().contains("on this PC"), add.out()));
            CliRun list = CliRun.of("engines", "list", "--json", "--home", home);
            assertEquals(0, list.exit(), list.err());
            JsonNode added = null;
            for (JsonNode e : JSON.readTree(list.out()).path("engines")) {
                if (e.path("name").asText().equals("pc-ollama")) {
                    added = e;
                }
            }
            JsonNode engine = added;
            assertAll(() -> assertTrue(engine != null, list.out()),
                    () -> assertEquals("this-pc", engine.path("reach").asText(), list.out()),
                    () -> assertEquals(OllamaStandIn.MODEL, engine.path("models").path(0).path("name").asText()),
                    () -> assertEquals(OllamaStandIn.CONTEXT, engine.path("models").path(0).path("contextLength")
                            .asInt(), "the context /api/show reports"),
                    () -> assertTrue(engine.path("models").path(0).path("contextReported").asBoolean()));

            CliRun use = CliRun.of("models", "use", OllamaStandIn.MODEL, "--engine", "pc-ollama", "--home", home);
            assertEquals(0, use.exit(), use.err());
            long cloud = Outbound.sent(Outbound.Purpose.CLOUD);
            CliRun ask = CliRun.of("ask", "--json", "--home", home, QUESTION);
            assertEquals(0, ask.exit(), ask.err());
            JsonNode answer = JSON.readTree(ask.out());
            assertAll(() -> assertEquals("local", answer.path("route").asText(), ask.out()),
                    () -> assertEquals("pc-ollama · " + OllamaStandIn.MODEL, answer.path("model").asText()),
                    () -> assertEquals("this-pc", answer.path("engine").path("reach").asText()),
                    () -> assertTrue(answer.path("answer").asText().startsWith("Once upon a time"), ask.out()),
                    () -> assertEquals(cloud, Outbound.sent(Outbound.Purpose.CLOUD), "nothing through the cloud"),
                    () -> assertFalse(Files.exists(Path.of(home, "audit.mv.db")), "no audit entry"),
                    () -> assertEquals(OllamaStandIn.CONTEXT, ollama.chats().getLast().path("options")
                            .path("num_ctx").asInt(), "the prompt budget follows the reported context"));
            String prompt = ollama.chats().getLast().path("messages").toString();
            assertTrue(prompt.contains("Qingming"), "the evidence went to the local server unredacted: " + prompt);
        }
    }

    @Test
    void aServerKilledMidAnswerGivesOneLineAndKeepsWhatWasWritten() throws Exception {
        String home = newHome("killed");
        OllamaStandIn ollama = new OllamaStandIn();
        ollama.holdAfter(4);
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("ask", "--home", home,
                "--engine", ollama.address().toString(), "--engine-model", OllamaStandIn.MODEL, QUESTION));
        assertTrue(ollama.awaitHeld(), "the answer never started");
        ollama.kill();
        CliRun ask = run.get(120, TimeUnit.SECONDS);
        assertAll(() -> assertEquals(1, ask.exit(), ask.err()),
                () -> assertTrue(ask.out().contains("Once upon a time"), ask.out()),
                () -> assertEquals(1, ask.errLines(), ask.err()),
                () -> assertTrue(ask.err().contains("broke off") && ask.err().contains("are kept"), ask.err()));
    }

    @Test
    void aServerThatIsNotRunningLeavesTheAnswerFromTheDocumentsWithOneLine() throws Exception {
        String home = newHome("gone");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CliRun ask = CliRun.of("ask", "--home", home, "--engine", "http://127.0.0.1:" + port, "--engine-model",
                "qwen3.5:4b", QUESTION);
        assertAll(() -> assertEquals(0, ask.exit(), ask.err()),
                () -> assertTrue(ask.err().contains("is unavailable") && ask.err().contains("is the server running"),
                        ask.err()),
                () -> assertEquals(1, ask.errLines(), ask.err()),
                () -> assertTrue(ask.out().contains("Qingming"), ask.out()),
                () -> assertTrue(ask.out().contains("(extractive"), ask.out()));
    }

    @Test
    void aServerOnTheNetworkThatIsNotTrustedGoesThroughTheCloudPath() throws Exception {
        String home = newHome("network");
        // TEST-NET-1, never routed: adding it tries to list its models (no text of the user's), which fails
        CliRun add = CliRun.of("engines", "add", "http://192.0.2.10:8000/v1", "--name", "office", "--home", home);
        assertTrue(add.out().contains("not trusted: like a cloud service"), add.out());
        long cloud = Outbound.sent(Outbound.Purpose.CLOUD);
        CliRun ask = CliRun.of("ask", "--json", "--home", home, "--engine", "office", "--engine-model", "qwen3:4b",
                QUESTION + " Write to wang.li@example.com");
        assertEquals(0, ask.exit(), ask.err());
        JsonNode answer = JSON.readTree(ask.out());
        JsonNode escalation = answer.path("escalation");
        assertAll(() -> assertEquals("network", answer.path("engine").path("reach").asText(), ask.out()),
                () -> assertEquals("extractive", answer.path("route").asText(), ask.out()),
                () -> assertFalse(escalation.path("sent").asBoolean(true), ask.out()),
                () -> assertEquals("http://192.0.2.10:8000/v1/chat/completions",
                        escalation.path("destination").asText()),
                () -> assertTrue(ask.err().contains("[EMAIL_1]") && !ask.err().contains("wang.li@example.com"),
                        "the preview shows the redacted text: " + ask.err()),
                () -> assertTrue(ask.err().contains("Nothing was sent"), ask.err()),
                () -> assertEquals(cloud, Outbound.sent(Outbound.Purpose.CLOUD)));
        CliRun serve = CliRun.of("serve", "--home", home, "--engine", "office", "--engine-model", "qwen3:4b",
                "--port", "0");
        assertAll(() -> assertEquals(2, serve.exit(), serve.out() + serve.err()),
                () -> assertTrue(serve.err().contains("not marked trusted"), serve.err()));
    }

    @Test
    void aTrustedServerOnTheNetworkIsRecordedShownAndLetThroughTheGateAlone() throws Exception {
        String home = newHome("trusted");
        CliRun add = CliRun.of("engines", "add", "http://192.0.2.20:8000", "--name", "company", "--trusted",
                "--home", home);
        assertTrue(add.out().contains("on your network, trusted since 20"), add.out());
        CliRun list = CliRun.of("engines", "list", "--json", "--home", home);
        JsonNode company = null;
        for (JsonNode e : JSON.readTree(list.out()).path("engines")) {
            if (e.path("name").asText().equals("company")) {
                company = e;
            }
        }
        JsonNode shown = company;
        assertAll(() -> assertEquals("network-trusted", shown.path("reach").asText(), list.out()),
                () -> assertTrue(shown.path("trustedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), list.out()));
        Outbound.check(Outbound.Purpose.TRUSTED_SERVER, java.net.URI.create("http://192.0.2.20:8000/v1/models"));
        org.junit.jupiter.api.Assertions.assertThrows(dev.zhiku.core.net.OutboundRefusedException.class,
                () -> Outbound.check(Outbound.Purpose.TRUSTED_SERVER,
                        java.net.URI.create("http://192.0.2.21:8000/v1/models")));
        CliRun remove = CliRun.of("engines", "remove", "company", "--home", home);
        assertEquals(0, remove.exit(), remove.err());
        org.junit.jupiter.api.Assertions.assertThrows(dev.zhiku.core.net.OutboundRefusedException.class,
                () -> Outbound.check(Outbound.Purpose.TRUSTED_SERVER,
                        java.net.URI.create("http://192.0.2.20:8000/v1/models")));
    }

    @Test
    void theCatalogSaysWhatRunsInZhikuAndANewerModelIsRefusedWithThePointer() throws Exception {
        String home = newHome("catalog");
        CliRun recommend = CliRun.of("models", "recommend", "--home", home);
        assertAll(() -> assertEquals(0, recommend.exit(), recommend.err()),
                () -> assertTrue(recommend.out().contains("Runs in Zhiku"), recommend.out()),
                () -> assertTrue(recommend.out().indexOf("qwen2.5-0.5b-instruct-q4_k_m")
                        < recommend.out().indexOf("Needs a newer engine"), recommend.out()),
                () -> assertTrue(recommend.out().contains("Gemma 4 E4B"), recommend.out()),
                () -> assertTrue(recommend.out().contains("ollama pull qwen3.5:4b  then  zhiku models use qwen3.5:4b "
                        + "--engine ollama"), recommend.out()));
        Path gguf = dir.resolve("qwen35.gguf");
        new dev.zhiku.llm.gguf.GgufWriter().putString("general.architecture", "qwen35")
                .putUInt32("qwen35.block_count", 1).addTensor("x", dev.zhiku.llm.gguf.GgmlType.F32, new long[] {4},
                        dev.zhiku.llm.gguf.TensorSource.constant(0)).write(gguf);
        CliRun add = CliRun.of("models", "add", gguf.toString(), "--home", home);
        assertAll(() -> assertEquals(1, add.exit(), add.err()),
                () -> assertEquals(1, add.errLines(), add.err()),
                () -> assertTrue(add.err().contains("Qwen3 and Qwen3.5 models need a newer engine: use it through "
                        + "Ollama or LM Studio (for example `ollama pull qwen3.5:4b`"), add.err()));
    }
}
