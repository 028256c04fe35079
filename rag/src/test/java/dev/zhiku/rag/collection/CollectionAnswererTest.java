package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Answer;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.Route;
import dev.zhiku.core.ScriptedTextGenerator;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-collection questions over a real knowledge base. */
class CollectionAnswererTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;

    @BeforeAll
    static void index() throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("invoice-2024-03.txt", "Invoice 2024-117 from BrightPath. Total USD 6,300.");
        files.put("invoice-2023-11.txt", "Invoice 2023-88 from BrightPath. Total USD 1,200.");
        files.put("发票-2024.txt", "2024 年 5 月发票：华信服务器三台，合计 259,200 元。");
        files.put("notes.md", "# Notes\n\nNothing about money here, only the garden.");
        StringBuilder report = new StringBuilder("# Quarterly report\n\n");
        for (int i = 1; i <= 30; i++) {
            report.append("## Section ").append(i).append("\n\nSection ").append(i)
                    .append(" reports sales of ").append(i * 100).append(" pumps in the region. ")
                    .append("The team met its goals and hired ").append(i % 4).append(" people.\n\n");
        }
        files.put("quarterly-report.md", report.toString());
        kb = TestKnowledgeBases.build(dir, files, (name, file) -> {
            Instant t = name.contains("2023") ? Instant.parse("2023-11-20T10:00:00Z")
                    : Instant.parse("2024-03-02T10:00:00Z");
            Files.setLastModifiedTime(file, FileTime.from(t));
        });
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    private Answer ask(String q, ScriptedTextGenerator model) {
        return new Answerer(kb, model, RagSettings.defaults(), x -> List.of()).ask(Question.of(q),
                AnswerListener.NONE, new GenerationControl()).answer();
    }

    @Test
    void whichDocumentsMentionListsEveryFileWithTheWord() {
        Answer a = ask("Which documents mention BrightPath?", null);
        assertEquals(2, a.citations().size(), a.text());
        assertTrue(a.text().contains("invoice-2024-03.txt") && a.text().contains("invoice-2023-11.txt"), a.text());
    }

    @Test
    void countingRespectsTheYearAndFindsTheKindInBothLanguages() {
        Answer a = ask("How many invoices from 2024?", null);
        assertEquals(2, a.citations().size(), a.text());
        assertTrue(a.text().contains("invoice-2024-03.txt") && a.text().contains("发票-2024.txt"), a.text());
        Answer zh = ask("2024年有多少张发票？", null);
        assertTrue(zh.text().contains("发票-2024.txt"), zh.text());
    }

    @Test
    void filesChangedInAPeriodComeFromTheCatalog() {
        CollectionQuery november = new CollectionQuery(QueryIntent.LIST, null, null, null,
                java.time.LocalDate.parse("2023-11-01"), java.time.LocalDate.parse("2023-12-01"), null, null, null, 0);
        Answer a = new CollectionAnswerer(kb, null, ZoneId.of("UTC")).answer(november, "files changed",
                AnswerListener.NONE, new GenerationControl()).orElseThrow();
        assertEquals(1, a.citations().size(), a.text());
        assertTrue(a.citations().getFirst().path().endsWith("invoice-2023-11.txt"));
    }

    @Test
    void summaryWithoutAModelDigestsSectionsAcrossTheDocument() {
        Answer a = ask("Summarize quarterly-report", null);
        assertEquals(Route.EXTRACTIVE, a.route());
        long sections = a.text().lines().filter(l -> l.startsWith("- **Quarterly report › Section ")).count();
        assertTrue(sections >= 3, "section headings with their central sentences: " + a.text());
    }

    @Test
    void summaryWithAModelIsMapReducedWithProgress() {
        AtomicInteger calls = new AtomicInteger();
        ScriptedTextGenerator model = new ScriptedTextGenerator(r -> "part summary " + calls.incrementAndGet(), 300);
        AtomicInteger progress = new AtomicInteger();
        Answer a = new Answerer(kb, model, RagSettings.defaults(), x -> List.of()).ask(
                Question.of("Summarize quarterly-report"), new AnswerListener() {
                    @Override
                    public void onProgress(int done, int total) {
                        progress.incrementAndGet();
                    }
                }, new GenerationControl()).answer();
        assertEquals(Route.LOCAL, a.route());
        assertTrue(calls.get() > 2, "map calls + a reduce call: " + calls.get());
        assertTrue(progress.get() > 1);
        assertTrue(a.text().contains("part summary " + calls.get()), a.text());
    }
}
