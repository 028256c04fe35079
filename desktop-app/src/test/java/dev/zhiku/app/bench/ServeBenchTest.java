package dev.zhiku.app.bench;

import dev.zhiku.app.cli.CliRun;
import dev.zhiku.app.cli.SampleFolder;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhiku bench serve} for two seconds on a small folder: figures that parse, requests made, none failed. */
class ServeBenchTest {

    private static final Pattern REQUESTS = Pattern.compile(
            "(?m)^requests +(\\d+) \\((\\d+) plain, (\\d+) streamed\\) in ([\\d.]+) s, errors (\\d+)$");
    private static final Pattern THROUGHPUT = Pattern.compile("(?m)^throughput +([\\d.]+) requests/s$");
    private static final Pattern LATENCY = Pattern.compile(
            "(?m)^latency +p50 ([\\d.]+) ms, p95 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms");

    @TempDir
    Path temp;

    @Test
    void twoSecondsOfRequestsWithoutErrors() throws Exception {
        Path folder = SampleFolder.write(temp.resolve("docs"));
        CliRun run = CliRun.of("bench", "serve", "--home", temp.resolve("home").toString(), "--keyword-only",
                "--clients", "2", "--seconds", "2", folder.toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        Matcher requests = find(REQUESTS, run.out());
        Matcher throughput = find(THROUGHPUT, run.out());
        Matcher latency = find(LATENCY, run.out());
        long total = Long.parseLong(requests.group(1));
        double p50 = Double.parseDouble(latency.group(1));
        double p95 = Double.parseDouble(latency.group(2));
        double p99 = Double.parseDouble(latency.group(3));
        assertAll(() -> assertTrue(total > 0, run.out()),
                () -> assertEquals(0, Long.parseLong(requests.group(5)), run.out()),
                () -> assertEquals(total, Long.parseLong(requests.group(2)) + Long.parseLong(requests.group(3)),
                        run.out()),
                () -> assertTrue(Long.parseLong(requests.group(3)) > 0, "no streamed request: " + run.out()),
                () -> assertTrue(Double.parseDouble(throughput.group(1)) > 0, run.out()),
                () -> assertTrue(0 < p50 && p50 <= p95 && p95 <= p99, run.out()),
                () -> assertTrue(Pattern.compile("\\d+ English, [1-9]\\d* Chinese").matcher(run.out()).find(),
                        "no Chinese question: " + run.out()));
    }

    @Test
    void questionsComeFromPassageWordsInBothLanguages() {
        List<String> questions = BenchQuestions.from(List.of(
                "Green plants capture sunlight in their chloroplasts.",
                "明长城东起山海关，西至嘉峪关。",
                "Basalt lava flows build broad shield volcanoes."), 7);
        assertAll(() -> assertEquals(3, questions.size(), questions.toString()),
                () -> assertTrue(BenchQuestions.isChinese(questions.get(1)), questions.toString()),
                () -> assertTrue(questions.get(1).chars().anyMatch(c -> "明长城东起山海关西至嘉峪".indexOf(c) >= 0),
                        questions.toString()),
                () -> assertEquals(questions, BenchQuestions.from(List.of(
                        "Green plants capture sunlight in their chloroplasts.",
                        "明长城东起山海关，西至嘉峪关。",
                        "Basalt lava flows build broad shield volcanoes."), 7)));
    }

    private static Matcher find(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        assertTrue(m.find(), "no line matching " + pattern + " in:\n" + out);
        return m;
    }
}
