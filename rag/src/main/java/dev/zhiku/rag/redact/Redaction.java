package dev.zhiku.rag.redact;

import java.util.List;
import java.util.Map;

/**
 * A redacted text, the originals behind its placeholders ({@code [EMAIL_1]} → the address), and what was found
 * where in the original text.
 */
public record Redaction(String text, Map<String, String> placeholders, List<Finding> findings) {

    public Redaction {
        placeholders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placeholders));
        findings = List.copyOf(findings);
    }
}
