package dev.zhiku.rag.redact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Precision and recall per kind on the hand-labelled sentences in {@code redact/labelled.jsonl}. */
class LabelledSetTest {

    private static final Logger LOG = LoggerFactory.getLogger(LabelledSetTest.class);
    static final List<String> TERMS = List.of("张伟", "华信科技", "Project Falcon", "Li Na");

    private record Counts(int[] tp, int[] fp, int[] fn) {
        Counts() {
            this(new int[Kind.values().length], new int[Kind.values().length], new int[Kind.values().length]);
        }

        double precision(Kind k) {
            return ratio(tp[k.ordinal()], tp[k.ordinal()] + fp[k.ordinal()]);
        }

        double recall(Kind k) {
            return ratio(tp[k.ordinal()], tp[k.ordinal()] + fn[k.ordinal()]);
        }

        double overallPrecision() {
            int t = java.util.Arrays.stream(tp).sum();
            return ratio(t, t + java.util.Arrays.stream(fp).sum());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        String table() {
            StringBuilder s = new StringBuilder(String.format("%n%-7s %4s %4s %4s %9s %7s%n",
                    "kind", "TP", "FP", "FN", "precision", "recall"));
            for (Kind k : Kind.values()) {
                s.append(String.format("%-7s %4d %4d %4d %9.3f %7.3f%n", k, tp[k.ordinal()], fp[k.ordinal()],
                        fn[k.ordinal()], precision(k), recall(k)));
            }
            return s.append(String.format("overall precision %.3f%n", overallPrecision())).toString();
        }
    }

    @Test
    void redactionMeetsItsTargetsOnTheLabelledSet() throws Exception {
        Evaluation e = evaluate("/redact/labelled.jsonl", Redactor.standard(TERMS));
        LOG.info("Redaction on the labelled set: {}", e.report());
        assertTrue(e.lines() >= 120, e.report());
        for (Kind k : List.of(Kind.ID, Kind.PHONE, Kind.EMAIL, Kind.CARD)) {
            assertTrue(e.counts().recall(k) >= 0.95, "recall of " + k + " below 0.95: " + e.report());
        }
        assertTrue(e.counts().overallPrecision() >= 0.9, "overall precision below 0.9: " + e.report());
    }

    /**
     * A second set, {@code redact/heldout.jsonl}, written after the detectors and never tuned against: realistic
     * Chinese and English lines with generated checksum-valid IDs and cards, and look-alikes that must stay.
     */
    @Test
    void redactionMeetsItsTargetsOnTheHeldOutSet() throws Exception {
        Evaluation e = evaluate("/redact/heldout.jsonl", Redactor.standard(List.of()));
        LOG.info("Redaction on the held-out set: {}", e.report());
        for (Kind k : List.of(Kind.ID, Kind.PHONE, Kind.EMAIL, Kind.CARD)) {
            assertTrue(e.counts().recall(k) >= 0.95, "recall of " + k + " below 0.95: " + e.report());
        }
        assertTrue(e.counts().overallPrecision() >= 0.9, "overall precision below 0.9: " + e.report());
    }

    private record Evaluation(int lines, Counts counts, String report) {
    }

    private Evaluation evaluate(String resource, Redactor redactor) throws Exception {
        Counts counts = new Counts();
        List<String> misses = new ArrayList<>();
        int lines = 0;
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                JsonNode node = json.readTree(line);
                String text = node.get("text").asText();
                List<String> expected = new ArrayList<>();
                node.get("spans").forEach(s -> expected.add(s.get("kind").asText() + ":" + s.get("text").asText()));
                Redaction r = redactor.redact(text);
                for (Finding f : r.findings()) {
                    String key = f.kind() + ":" + f.text();
                    if (expected.remove(key)) {
                        counts.tp[f.kind().ordinal()]++;
                    } else {
                        counts.fp[f.kind().ordinal()]++;
                        misses.add("unexpected " + key + " in: " + text);
                    }
                }
                for (String left : expected) {
                    counts.fn[Kind.valueOf(left.substring(0, left.indexOf(':'))).ordinal()]++;
                    misses.add("missed " + left + " in: " + text);
                }
            }
        }
        String report = lines + " labelled lines" + counts.table() + String.join("\n", misses);
        return new Evaluation(lines, counts, report);
    }
}
