package dev.zhiku.rag.redact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Redactor redactor = Redactor.standard(TERMS);
        Counts counts = new Counts();
        List<String> misses = new ArrayList<>();
        int lines = 0;
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/redact/labelled.jsonl"), StandardCharsets.UTF_8))) {
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
        LOG.info("Redaction on the labelled set: {}", report);
        assertTrue(lines >= 120, report);
        Map<Kind, Double> recall = new EnumMap<>(Kind.class);
        for (Kind k : List.of(Kind.ID, Kind.PHONE, Kind.EMAIL, Kind.CARD)) {
            recall.put(k, counts.recall(k));
            assertTrue(counts.recall(k) >= 0.95, "recall of " + k + " below 0.95: " + report);
        }
        assertTrue(counts.overallPrecision() >= 0.9, "overall precision below 0.9: " + report);
    }
}
