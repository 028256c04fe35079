package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces private values with placeholders before a text goes to a cloud model, and puts them back in the
 * answer. Where findings overlap, the longest wins; on equal length, the detector listed first. Each distinct
 * value gets one placeholder per redaction, numbered per kind ({@code [PHONE_1]}, {@code [PHONE_2]}).
 */
public final class Redactor {

    private static final Logger LOG = LoggerFactory.getLogger(Redactor.class);
    private static final Pattern ECHOED = Pattern.compile(
            "[\\[［【]\\s*(EMAIL|PHONE|ID|CARD|IP|SECRET|TERM)\\s*[_\\s-]?\\s*(\\d{1,4})\\s*[\\]］】]",
            Pattern.CASE_INSENSITIVE);

    private final List<Detector> detectors;

    /** A redactor running {@code detectors}, in order of precedence among findings of equal length. */
    public Redactor(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every built-in detector, plus the terms the user listed. */
    public static Redactor standard(Collection<String> userTerms) {
        return new Redactor(List.of(new SecretDetector(), new ChineseIdDetector(), new BankCardDetector(),
                new EmailDetector(), new ChinaPhoneDetector(), new InternationalPhoneDetector(),
                new IpAddressDetector(), new UserTermDetector(userTerms)));
    }

    public Redaction redact(String text) {
        List<Finding> kept = resolveOverlaps(text);
        Map<String, String> placeholders = new LinkedHashMap<>();
        Map<String, String> byValue = new LinkedHashMap<>();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : kept) {
            String key = f.kind() + "\u0000" + f.text();
            String placeholder = byValue.computeIfAbsent(key, k -> {
                int n = counts.merge(f.kind(), 1, Integer::sum);
                return "[" + f.kind() + "_" + n + "]";
            });
            placeholders.putIfAbsent(placeholder, f.text());
            out.append(text, at, f.start()).append(placeholder);
            at = f.end();
        }
        out.append(text, at, text.length());
        LOG.debug("Redacted {} values: {}", kept.size(), counts);
        return new Redaction(out.toString(), placeholders, kept);
    }

    /**
     * The answer with every placeholder of {@code redaction} replaced by its original, including placeholders a
     * model echoed with other case, spacing or brackets ({@code [ email_1 ]}, {@code 【PHONE 2】}). Placeholders
     * this redaction never made are left as they are.
     */
    public String restore(String answer, Redaction redaction) {
        Matcher m = ECHOED.matcher(answer);
        StringBuilder out = new StringBuilder(answer.length());
        while (m.find()) {
            String canonical = "[" + m.group(1).toUpperCase(Locale.ROOT) + "_" + Integer.parseInt(m.group(2)) + "]";
            String original = redaction.placeholders().get(canonical);
            m.appendReplacement(out, Matcher.quoteReplacement(original == null ? m.group() : original));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<Finding> resolveOverlaps(String text) {
        List<Finding> all = new ArrayList<>();
        for (Detector d : detectors) {
            all.addAll(d.find(text));
        }
        // A stable sort keeps detector order among findings of equal length.
        all.sort(Comparator.comparingInt(Finding::length).reversed());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (kept.stream().noneMatch(f::overlaps)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }
}
