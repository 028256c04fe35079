package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.Messages;
import dev.zhiku.rag.redact.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "2 e-mail addresses, 1 phone number replaced" — what redaction did, in the person's language. */
final class RedactionSummary {

    private RedactionSummary() {
    }

    static String of(Map<Kind, Integer> counts, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int n = counts.getOrDefault(kind, 0);
            if (n > 0) {
                parts.add(messages.format("consent.kind." + kind.name(), n));
            }
        }
        if (parts.isEmpty()) {
            return messages.text("consent.replaced.none");
        }
        return messages.format("consent.replaced", String.join(messages.text("consent.join"), parts));
    }
}
