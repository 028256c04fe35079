package dev.zhiku.rag.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and secrets: well-known key shapes (OpenAI-style {@code sk-}, AWS {@code AKIA}, GitHub {@code ghp_},
 * Slack {@code xoxb-}, JWTs, bearer tokens, PEM private keys) and the value after a label such as
 * {@code api_key=}, {@code password:} or {@code 密码：}.
 */
public final class SecretDetector implements Detector {

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{20,}"),
            Pattern.compile("(?<![A-Za-z0-9])AKIA[0-9A-Z]{16}(?![A-Za-z0-9])"),
            Pattern.compile("(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{20,}"),
            Pattern.compile("(?<![A-Za-z0-9])xox[bpas]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("(?<![A-Za-z0-9])eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"));
    private static final Pattern BEARER = Pattern.compile("(?i)\\bBearer\\s+([A-Za-z0-9._~+/-]{16,}=*)");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?:api[_-]?key|secret(?:[_-]?key)?|token|password|passwd|pwd|密码|密钥|口令)"
                    + "[\"']?\\s*[:=：]\\s*[\"']?"
                    + "([!-~&&[^\"'`,;]]{8,})");

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            while (m.find()) {
                found.add(Finding.of(Kind.SECRET, text, m.start(), m.end()));
            }
        }
        for (Pattern labelled : List.of(BEARER, LABELLED)) {
            Matcher m = labelled.matcher(text);
            while (m.find()) {
                int end = m.end(1);
                while (end > m.start(1) && ".)]}>".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (end - m.start(1) >= 8) {
                    found.add(Finding.of(Kind.SECRET, text, m.start(1), end));
                }
            }
        }
        return found;
    }
}
