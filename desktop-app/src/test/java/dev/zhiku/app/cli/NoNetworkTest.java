package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhiku index} then {@code zhiku ask}, each in a child JVM inside a network namespace with no network at all
 * ({@code unshare -rn}: a user namespace, so no root is needed, and a network namespace whose only interface,
 * {@code lo}, is down). Skipped where {@code unshare -rn} is not allowed.
 */
class NoNetworkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    private static final String CHINESE_MD = "知识库.md";
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread");

    @TempDir
    static Path temp;

    private static Path folder;
    private static CliRun indexed;

    @BeforeAll
    static void indexWithoutNetwork() throws Exception {
        assumeTrue(unshareWorks(), "'unshare -rn' is not allowed on this machine (needs unprivileged user "
                + "namespaces); the no-network test cannot run here");
        folder = SampleFolder.write(temp.resolve("docs"));
        Files.writeString(folder.resolve(CHINESE_MD), """
                # 本地知识库

                知库把个人文档编入本地索引，断网时也能检索和回答问题，不会把文件发送到任何服务器。
                """, StandardCharsets.UTF_8);
        indexed = zhiku("index", "--home", home().toString(), folder.toString());
    }

    @Test
    void indexingNeedsNoNetwork() throws IOException {
        assertAll(() -> assertEquals(0, indexed.exit(), indexed.err()),
                () -> assertTrue(indexed.out().contains("Indexed 6 file(s)"), indexed.out()),
                () -> assertTrue(indexed.out().contains("vectors complete"), indexed.out()),
                () -> assertNoTraceAndNothingOutbound(indexed));
        String log = log();
        assertTrue(log.contains("no usable loopback network"), "the child did have a network; log:\n" + log);
    }

    @Test
    void extractiveAnswersNeedNoNetwork() throws Exception {
        CliRun english = zhiku("ask", "--home", home().toString(), "--json", "--no-llm",
                "What do chloroplasts turn carbon dioxide and water into?");
        CliRun chinese = zhiku("ask", "--home", home().toString(), "--json", "--no-llm", "断网时知库还能回答问题吗？");
        assertAnswered(english, "extractive", SampleFolder.ENGLISH);
        assertAnswered(chinese, "extractive", CHINESE_MD);
    }

    /** A random-weight model writes gibberish, so this checks the route and the process, not the words. */
    @Test
    void localModelAnswersNeedNoNetwork() throws Exception {
        Path model = temp.resolve("tiny-llama.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), model);
        CliRun run = zhiku("ask", "--home", home().toString(), "--json", "--model", model.toString(),
                "What do chloroplasts turn carbon dioxide and water into?");
        assertEquals(0, run.exit(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertAll(() -> assertEquals("local", answer.path("route").asText(), run.out()),
                () -> assertEquals("tiny-llama", answer.path("model").asText(), run.out()),
                () -> assertTrue(answer.path("timings").path("firstTokenMs").asLong() >= 0, run.out()),
                () -> answer.path("citations").forEach(c -> assertTrue(
                        Path.of(c.path("path").asText()).startsWith(folder), c.toString())),
                () -> assertNoTraceAndNothingOutbound(run));
    }

    private static void assertAnswered(CliRun run, String route, String expectedFile) throws IOException {
        assertEquals(0, run.exit(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        JsonNode citations = answer.path("citations");
        assertAll(() -> assertEquals(route, answer.path("route").asText(), run.out()),
                () -> assertFalse(answer.path("abstained").asBoolean(), run.out()),
                () -> assertFalse(citations.isEmpty(), run.out()),
                () -> assertEquals(folder.resolve(expectedFile).toString(),
                        citations.path(0).path("path").asText(), run.out()),
                () -> assertNoTraceAndNothingOutbound(run));
    }

    private static void assertNoTraceAndNothingOutbound(CliRun run) throws IOException {
        String log = log();
        assertAll(() -> assertFalse(STACK_TRACE.matcher(run.err()).find(), run.err()),
                () -> assertFalse(run.out().contains("outbound ") || run.err().contains("outbound "), run.err()),
                () -> assertFalse(log.contains("outbound ") || log.contains("net.Outbound"), log));
    }

    /**
     * Runs {@code zhiku ARGS} in a child JVM under {@code unshare -rn}: this class path, the launcher's flags, and the
     * product's logging configuration rather than the tests' (so the log file is {@code HOME/logs/zhiku.log}).
     */
    private static CliRun zhiku(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("unshare", "-rn", javaBinary(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Xmx1g", "-XX:+UseSerialGC", "-Xshare:auto", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), "dev.zhiku.app.Main"));
        command.addAll(List.of(args));
        String name = args[0] + "-" + System.nanoTime();
        Path out = temp.resolve(name + ".out");
        Path err = temp.resolve(name + ".err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("zhiku " + String.join(" ", args) + " did not end within "
                        + CHILD_TIMEOUT_SECONDS + " s; stderr:\n" + Files.readString(err));
            }
        } finally {
            child.destroyForcibly();
        }
        return new CliRun(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-rn", "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path home() {
        return temp.resolve("home");
    }

    private static String log() throws IOException {
        Path file = home().resolve("logs").resolve("zhiku.log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
