package dev.zhiku.rag.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.AnswerTimings;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExporterTest {

    @TempDir
    Path dir;

    @Test
    void exportsQuestionsAnswersAndNumberedCitations() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir.resolve("conversations"))) {
            Conversation c = store.create("");
            store.appendQuestion(c.id(), "合同期限是多久？");
            store.appendAnswer(c.id(), new Answer("合同期限为三年 [1]，可续签 [2]。", false, Route.LOCAL, List.of(
                    new Citation(1, "/docs/a.pdf", "", 3, 10, 40, "本合同期限为三年", 0.9),
                    new Citation(2, "/mail/inbox.mbox", "续签.docx", 0, 0, 20, "期满可续签", 0.7)),
                    new AnswerTimings(10, 300, 2500, 20), "qwen2.5-3b"));
            c = store.find(c.id()).orElseThrow();

            MarkdownExporter exporter = new MarkdownExporter(ZoneOffset.UTC);
            String md = exporter.export(c, store.messages(c.id()));

            assertTrue(md.startsWith("# 合同期限是多久？\n"), md);
            assertTrue(md.contains("## Question\n\n合同期限是多久？\n"), md);
            assertTrue(md.contains("## Answer\n\n合同期限为三年 [1]，可续签 [2]。\n"), md);
            assertTrue(md.contains("- [1] /docs/a.pdf, page 3 — “本合同期限为三年”\n"), md);
            assertTrue(md.contains("- [2] /mail/inbox.mbox!/续签.docx — “期满可续签”\n"), md);
            assertTrue(md.contains("_Local model qwen2.5-3b, 2.5 s_"), md);

            Path file = dir.resolve("export.md");
            exporter.write(file, c, store.messages(c.id()));
            assertEquals(md, Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void untitledEmptyConversationStillExports() {
        Conversation c = new Conversation("id", "", java.time.Instant.parse("2025-01-02T03:04:05Z"),
                java.time.Instant.parse("2025-01-02T03:04:05Z"));
        String md = new MarkdownExporter(ZoneOffset.UTC).export(c, List.of());
        assertEquals("# Untitled conversation\n\n_Started 2025-01-02 03:04, exported from Zhiku._\n", md);
    }
}
