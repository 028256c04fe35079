package dev.zhiku.rag.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Citation;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.Route;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.rag.AnswerListener;
import dev.zhiku.rag.AnswerOutcome;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.RagSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about the collection end to end, through {@link Answerer#ask} (the path {@code zhiku ask} takes), over
 * a generated corpus of real files (PDF, Word, Excel, text, HTML in two language copies, e-mail) whose counts,
 * dates and authors are known. The clock is the labelled set's: Wednesday 2026-04-15, UTC.
 */
class CollectionQuestionsEndToEndTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;
    private static Answerer answerer;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path reports = Files.createDirectories(docs.resolve("reports"));
        pdf(reports.resolve("report-q1.pdf"), "Quarterly report Q1 2026", "Qualcomm supplied the modems this quarter.",
                "2026-03-10");
        pdf(reports.resolve("report-q2.pdf"), "Quarterly report Q2 2026", "Sales grew in the north region.",
                "2026-03-25");
        pdf(reports.resolve("report-2025.pdf"), "Annual report 2025", "The year closed with a small profit.",
                "2025-06-01");
        pdf(docs.resolve("manual.pdf"), "Pump manual", "Open the valve before starting the pump.", "2026-04-09");
        Path contracts = Files.createDirectories(docs.resolve("contracts"));
        docx(contracts.resolve("合同-租赁.docx"), "房屋租赁合同", "租期两年，逾期付款按日支付违约金。", "张伟", "2024-05-01");
        docx(contracts.resolve("service-contract.docx"), "Service contract",
                "The supplier, Qualcomm, provides support for three years.", "Alice Chen", "2026-04-07");
        text(docs.resolve("invoice-001.txt"), "INVOICE 001\nBrightPath Ltd. Total USD 1,200.", "2023-02-10");
        text(docs.resolve("发票-002.txt"), "增值税发票 002\n高通（Qualcomm）芯片二十片，合计 9,800 元。", "2026-04-14");
        xlsx(docs.resolve("budget.xlsx"), "Budget 2026", "2026-04-15T08:00:00Z");
        StringBuilder notes = new StringBuilder("# Garden notes\n\n");
        for (int i = 0; i < 400; i++) {
            notes.append("Day ").append(i).append(": watered the tomatoes and wrote down how tall they grew.\n\n");
        }
        text(docs.resolve("notes.md"), notes.toString(), "2024-09-01");
        Path guideEn = Files.createDirectories(docs.resolve("guide-en"));
        Path guideZh = Files.createDirectories(docs.resolve("guide-zh"));
        text(guideEn.resolve("phones.en.html"), "<html><body><h1>Phones</h1><p>Many phones use Qualcomm "
                + "Snapdragon chips.</p></body></html>", "2026-02-01");
        text(guideZh.resolve("phones.zh.html"), "<html><body><h1>手机</h1><p>很多手机使用高通骁龙芯片。</p></body></html>",
                "2026-02-01");
        text(docs.resolve("offer.eml"), "From: Bob Stone <bob@example.com>\nTo: me@example.com\nSubject: Offer for "
                + "pumps\nDate: Wed, 8 Apr 2026 10:00:00 +0000\n\nWe offer twenty pumps at USD 300 each.\n",
                "2026-04-08");
        ZhikuHome home = new ZhikuHome(dir.resolve("home"));
        try (Indexer indexer = new Indexer(home, IndexerSettings.defaults().withThreads(1), null,
                TokenCounter.estimating(), new IndexControl(), new PowerSource(), ProgressListener.NONE)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
        kb = LocalKnowledgeBase.open(home, FusionSettings.defaults(), null);
        answerer = new Answerer(kb, null, RagSettings.defaults(), q -> List.of(),
                new RuleQueryParser(LabelledQuestionsTest.LABEL_CLOCK), ZoneOffset.UTC);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    private static AnswerOutcome ask(String question) {
        return answerer.ask(Question.of(question), AnswerListener.NONE, new GenerationControl());
    }

    private static Set<String> cited(AnswerOutcome outcome) {
        return outcome.answer().citations().stream().map(Citation::path).map(p -> Path.of(p).getFileName().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void howManyPdfFilesCountsEveryPdfInBothLanguages() {
        for (String q : List.of("How many PDF files do I have?", "我有多少个 PDF 文件？")) {
            AnswerOutcome o = ask(q);
            assertEquals(QueryIntent.COUNT, o.query().intent(), q);
            assertEquals(Set.of("report-q1.pdf", "report-q2.pdf", "report-2025.pdf", "manual.pdf"), cited(o), q);
            assertTrue(o.answer().text().contains(" 4 "), o.answer().text());
            assertEquals(Route.EXTRACTIVE, o.answer().route());
        }
    }

    @Test
    void mostRecentlyAddedComesFromTheCatalogNewestFirst() {
        AnswerOutcome o = ask("What files did I add most recently?");
        assertEquals(QueryIntent.RECENT, o.query().intent());
        assertTrue(o.answer().citations().getFirst().path().endsWith("budget.xlsx"), o.answer().text());
        assertTrue(o.answer().citations().get(1).path().endsWith("发票-002.txt"), o.answer().text());
    }

    @Test
    void mentionsFindTheOtherLanguageNameAndShowLanguageCopiesOnce() {
        AnswerOutcome o = ask("Which documents mention Qualcomm?");
        assertEquals("Qualcomm", o.query().topic());
        assertEquals(Set.of("report-q1.pdf", "service-contract.docx", "发票-002.txt", "phones.en.html",
                "phones.zh.html"), cited(o), o.answer().text());
        String text = o.answer().text();
        assertTrue(text.contains("高通"), "the other-language name searched: " + text);
        long lines = text.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
        assertEquals(4, lines, "the two copies of the phone guide on one line: " + text);
        assertTrue(text.contains("also in phones."), text);
        AnswerOutcome zh = ask("列出所有提到高通的文件。");
        assertEquals(cited(o), cited(zh), zh.answer().text());
    }

    @Test
    void kindsAreWordsInTitlesInEitherLanguage() {
        AnswerOutcome o = ask("我有多少份合同？");
        assertEquals(Set.of("合同-租赁.docx", "service-contract.docx"), cited(o), o.answer().text());
        assertEquals(Set.of("合同-租赁.docx"), cited(ask("列出 2024 年的合同。")));
        assertEquals(Set.of("invoice-001.txt", "发票-002.txt"), cited(ask("Show me all my invoices.")));
    }

    @Test
    void datesFoldersAndAuthors() {
        assertEquals(Set.of("manual.pdf"), cited(ask("Which PDFs did I add last week?")));
        assertEquals(Set.of("发票-002.txt"), cited(ask("昨天修改了哪些文件？")));
        assertEquals(Set.of("report-q1.pdf", "report-q2.pdf", "report-2025.pdf"),
                cited(ask("What PDFs are in the reports folder?")));
        assertEquals(Set.of("service-contract.docx"), cited(ask("How many files by Alice Chen?")));
        assertEquals(Set.of("合同-租赁.docx"), cited(ask("张伟写了哪些文档？")));
        assertEquals(Set.of("budget.xlsx"), cited(ask("我有几个 Excel 表格？")));
        assertEquals(Set.of("offer.eml"), cited(ask("Which e-mails mention the pumps?")));
    }

    @Test
    void largestAndOldestAreSortedFromTheCatalog() {
        assertTrue(ask("What is the largest file?").answer().citations().getFirst().path().endsWith("notes.md"));
        assertTrue(ask("最早的文档是哪一个？").answer().citations().getFirst().path().endsWith("invoice-001.txt"));
    }

    @Test
    void summariesWithoutAModelDigestEachChosenDocumentAndCiteIt() {
        AnswerOutcome o = ask("Summarize the three reports from March.");
        assertEquals(3, o.query().limit());
        assertEquals(Set.of("report-q1.pdf", "report-q2.pdf"), cited(o), o.answer().text());
        assertTrue(o.answer().text().contains("Qualcomm supplied the modems"), o.answer().text());
        assertFalse(o.answer().abstained());
    }

    @Test
    void ordinaryQuestionsAreAnsweredByRetrievalWithNoQuery() {
        AnswerOutcome o = ask("What does the contract say about support?");
        assertNull(o.query());
        assertNotNull(o.retrieval());
    }

    // ---- the corpus

    private static void touch(Path file, String day) throws IOException {
        Instant t = day.contains("T") ? Instant.parse(day) : Instant.parse(day + "T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(t));
    }

    private static void text(Path file, String content, String day) throws IOException {
        Files.writeString(file, content);
        touch(file, day);
    }

    private static void pdf(Path file, String title, String body, String day) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(title);
                s.newLineAtOffset(0, -20);
                s.showText(body);
                s.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            doc.save(file.toFile());
        }
        touch(file, day);
    }

    private static void docx(Path file, String title, String body, String author, String day) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(body);
            doc.getProperties().getCoreProperties().setCreator(author);
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.write(out);
            Files.write(file, out.toByteArray());
        }
        touch(file, day);
    }

    private static void xlsx(Path file, String title, String day) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Budget");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue("Pumps: USD 6,000");
            book.write(out);
            Files.write(file, out.toByteArray());
        }
        touch(file, day);
    }
}
