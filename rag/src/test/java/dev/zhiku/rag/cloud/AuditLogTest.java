package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void entriesSurviveReopeningAndExportAsJsonWithThePayloadAsSent() throws Exception {
        Path base = dir.resolve("audit");
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);
        long id;
        try (AuditLog log = AuditLog.open(base, clock)) {
            id = log.recordSending("https://api.example.com/v1/chat/completions", "m1",
                    "{\"model\":\"m1\",\"messages\":[{\"role\":\"user\",\"content\":\"问题 [EMAIL_1]\"}]}", 42,
                    EscalationTrigger.ABSTAINED, "conv-1");
            log.complete(id, 17, "answered");
        }
        try (AuditLog log = AuditLog.open(base, clock)) {
            AuditEntry entry = log.get(id).orElseThrow();
            Path file = dir.resolve("export.json");
            log.exportJson(file);
            JsonNode exported = new ObjectMapper().readTree(file.toFile());
            assertAll(() -> assertEquals(Instant.parse("2026-11-21T08:00:00Z"), entry.at()),
                    () -> assertEquals(42, entry.promptTokens()),
                    () -> assertEquals(17, entry.answerTokens()),
                    () -> assertEquals("ABSTAINED", entry.trigger()),
                    () -> assertEquals(1, exported.size()),
                    () -> assertEquals("问题 [EMAIL_1]",
                            exported.get(0).at("/payload/messages/0/content").asText(), exported.toString()),
                    () -> assertEquals("answered", exported.get(0).get("outcome").asText()),
                    () -> assertEquals("2026-11-21T08:00:00Z", exported.get(0).get("time").asText()));
        }
    }

    @Test
    void deletesOneOrAllNewestListedFirst() {
        try (AuditLog log = AuditLog.open(dir.resolve("audit"))) {
            long first = log.recordSending("e", "m", "{}", 1, EscalationTrigger.USER, null);
            long second = log.recordSending("e", "m", "{}", 2, EscalationTrigger.USER, null);
            long third = log.recordSending("e", "m", "{}", 3, EscalationTrigger.USER, null);
            assertEquals(third, log.list(10).getFirst().id());
            assertTrue(log.delete(second));
            assertFalse(log.delete(second));
            assertEquals(java.util.List.of(third, first), log.list(10).stream().map(AuditEntry::id).toList());
            assertEquals(2, log.deleteAll());
            assertEquals(0, log.count());
        }
    }
}
