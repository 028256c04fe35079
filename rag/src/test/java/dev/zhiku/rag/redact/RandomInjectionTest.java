package dev.zhiku.rag.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Random text with generated private values: none survives redaction, and restoring gives back the original.
 * Replay a failure with {@code -Dzhiku.redact.seed=<the logged seed>}.
 */
class RandomInjectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(RandomInjectionTest.class);
    private static final String[] FILLER = {"the", "invoice", "合同", "请联系", "meeting", "付款", "on", "周一",
        "total", "金额", "¥3,280.00", "v2.1", "2024-03-15", "订单", "#A-77", "ok", "谢谢", "agreed",
        "86,400"};
    private static final String[] REGIONS = {"110101", "310104", "440305", "510107", "330106", "650102"};

    @Test
    void injectedValuesNeverSurviveAndRestoreIsExact() {
        long seed = Long.getLong("zhiku.redact.seed", System.nanoTime());
        LOG.info("RandomInjectionTest seed {}", seed);
        Random random = new Random(seed);
        Redactor redactor = Redactor.standard(List.of());
        for (int round = 0; round < 500; round++) {
            List<String> injected = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(30);
            for (int i = 0; i < words; i++) {
                if (random.nextInt(5) == 0) {
                    String value = privateValue(random);
                    injected.add(value);
                    text.append(value);
                } else {
                    text.append(FILLER[random.nextInt(FILLER.length)]);
                }
                text.append(random.nextBoolean() ? " " : "，");
            }
            String original = text.toString();
            Redaction r = redactor.redact(original);
            for (String value : injected) {
                assertFalse(r.text().contains(value), "seed " + seed + ": " + value + " survived in " + r.text());
            }
            assertEquals(original, redactor.restore(r.text(), r), "seed " + seed);
        }
    }

    private static String privateValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> residentId(random);
            case 1 -> card(random);
            case 2 -> "user" + random.nextInt(100000) + "@mail" + random.nextInt(100) + ".com";
            default -> (random.nextBoolean() ? "+86 " : "") + "1" + (3 + random.nextInt(7))
                    + String.format("%09d", random.nextInt(1_000_000_000));
        };
    }

    static String residentId(Random random) {
        String first17 = REGIONS[random.nextInt(REGIONS.length)] + (1950 + random.nextInt(60))
                + String.format("%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + ChineseIdDetector.checkCharacter(first17);
    }

    static String card(Random random) {
        String[] prefixes = {"4", "51", "55", "62", "6222"};
        StringBuilder b = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
        int length = random.nextBoolean() ? 16 : 19;
        while (b.length() < length - 1) {
            b.append(random.nextInt(10));
        }
        for (int d = 0; d <= 9; d++) {
            if (BankCardDetector.passesLuhn(b.toString() + d)) {
                return b.append(d).toString();
            }
        }
        throw new AssertionError("no Luhn digit");
    }
}
