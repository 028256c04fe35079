package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.zhiku.app.ui.chat.MarkdownBlock;
import dev.zhiku.app.ui.chat.MarkdownParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four phrasings through {@code zhiku ask --json --no-llm}: exact counts and lists from the catalog, the
 * structured query that ran in {@code "query"}, language copies once, the Chinese name of a company found.
 */
class CollectionQuestionsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path home;

    @BeforeAll
    static void index() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        for (String name : new String[] {"a.pdf", "b.pdf", "c.pdf"}) {
            pdf(docs.resolve(name), "Report " + name + ": modems from Qualcomm.");
        }
        Files.writeString(docs.resolve("changelog.md"), "# Changelog\n\nVersion 2 fixes the PDF export.\n");
        Files.writeString(docs.resolve("guide.en.txt"), "Phones with Qualcomm chips.\n");
        Files.writeString(docs.resolve("guide.zh.txt"), "使用高通芯片的手机。\n");
        home = temp.resolve("home");
        assertEquals(0, CliRun.of("index", "--home", home.toString(), "--keyword-only", docs.toString()).exit());
    }

    private static JsonNode ask(String question) throws Exception {
        CliRun run = CliRun.of("ask", "--home", home.toString(), "--json", "--no-llm", question);
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    private static Set<String> cited(JsonNode answer) {
        Set<String> names = new HashSet<>();
        answer.path("citations").forEach(c -> names.add(Path.of(c.path("path").asText()).getFileName().toString()));
        return names;
    }

    @Test
    void howManyPdfFilesInBothLanguages() throws Exception {
        for (String q : new String[] {"How many PDF files do I have?", "我有多少个 PDF 文件？"}) {
            JsonNode a = ask(q);
            assertAll(() -> assertEquals("count", a.path("query").path("intent").asText(), a.toString()),
                    () -> assertEquals("pdf", a.path("query").path("types").path(0).asText(), a.toString()),
                    () -> assertEquals(Set.of("a.pdf", "b.pdf", "c.pdf"), cited(a), a.toString()),
                    () -> assertTrue(a.path("answer").asText().contains("3"), a.toString()));
        }
    }

    @Test
    void theWindowShowsAListAsATable() throws Exception {
        JsonNode a = ask("Which PDFs do I have?");
        List<MarkdownBlock> blocks = MarkdownParser.parse(a.path("answer").asText());
        MarkdownBlock.Table table = blocks.stream().filter(b -> b instanceof MarkdownBlock.Table)
                .map(b -> (MarkdownBlock.Table) b).findFirst().orElseThrow(() -> new AssertionError(a.toString()));
        assertEquals(4, table.rows().size(), "a header and one row per PDF: " + a);
    }

    @Test
    void mostRecentlyAddedIsAListFromTheCatalog() throws Exception {
        JsonNode a = ask("What files did I add most recently?");
        assertEquals("recent", a.path("query").path("intent").asText(), a.toString());
        assertEquals(6, a.path("citations").size(), a.toString());
    }

    @Test
    void mentionsShowsLanguageCopiesOnceAndFindsTheChineseName() throws Exception {
        JsonNode a = ask("Which documents mention Qualcomm?");
        String text = a.path("answer").asText();
        assertAll(() -> assertEquals("Qualcomm", a.path("query").path("topic").asText(), a.toString()),
                () -> assertEquals(Set.of("a.pdf", "b.pdf", "c.pdf", "guide.en.txt", "guide.zh.txt"), cited(a),
                        a.toString()),
                () -> assertEquals(4, text.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count(), text));
    }

    @Test
    void anOrdinaryQuestionHasNoQuery() throws Exception {
        assertTrue(ask("What does version 2 fix?").path("query").isMissingNode());
    }

    private static void pdf(Path file, String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            doc.save(file.toFile());
        }
    }
}
