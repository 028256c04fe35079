package dev.zhiku.rag.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.standard(List.of("华信科技"));

    @Test
    void sameValueSamePlaceholderNumberedPerKind() {
        Redaction r = redactor.redact("a@x.com, 13812345678, b@y.org, a@x.com 华信科技");
        assertEquals("[EMAIL_1], [PHONE_1], [EMAIL_2], [EMAIL_1] [TERM_1]", r.text());
        assertEquals(Map.of("[EMAIL_1]", "a@x.com", "[EMAIL_2]", "b@y.org", "[PHONE_1]", "13812345678",
                "[TERM_1]", "华信科技"), r.placeholders());
        assertEquals(5, r.findings().size());
    }

    @Test
    void restoreToleratesEchoedPlaceholders() {
        Redaction r = redactor.redact("写信给 a@x.com 或致电 13812345678");
        assertEquals("a@x.com / a@x.com / 13812345678 / 13812345678 / [EMAIL_9]",
                redactor.restore("[email_1] / [ EMAIL_1 ] / 【PHONE 1】 / [phone-1] / [EMAIL_9]", r));
    }

    @Test
    void longestFindingWinsAnOverlap() {
        Redaction r = redactor.redact("key sk-abcdefghijklmnopqrstuvwxyz0123 end");
        assertEquals("key [SECRET_1] end", r.text());
        assertFalse(redactor.redact("version 15.2.1 and 1.2.3.4.5").text().contains("[IP_"));
    }
}
