package dev.zhiku.rag.gate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles and long quotations a question gives must be in the documents (real Lucene index). */
class QuotationsTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;

    @BeforeAll
    static void index() throws Exception {
        kb = TestKnowledgeBases.build(dir, Map.of(
                "诗选.txt", "《春江夜泊》\n作者：林远舟\n\n江上秋风起，孤舟夜未眠。渔火照寒水，钟声到客船。\n\n"
                        + "《山居》\n作者：林远舟\n\n空山新雨后，竹影满窗前。",
                "harbour.md", "# Harbour rules\n\nBoats must be moored with two lines, bow and stern. "
                        + "The harbour master, Ms. Ilse Varga, opens the gate at six in the morning."));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void findsTitlesAndLongQuotationsButNotShortEmphasis() {
        assertAll(() -> assertEquals(List.of("春江夜泊"), Quotations.of("林远舟的《春江夜泊》写的是什么季节？")),
                () -> assertEquals(List.of("渔火照寒水，钟声到客船"),
                        Quotations.of("有“渔火照寒水，钟声到客船”两句的诗是谁写的？")),
                () -> assertEquals(List.of(), Quotations.of("要给大家发一条“一小时后停机”的通知，用什么命令？")),
                () -> assertEquals(List.of(), Quotations.of("What does \"bow and stern\" mean here?")),
                () -> assertEquals(List.of("moored with two lines, bow and stern"),
                        Quotations.of("Which rule says boats are \"moored with two lines, bow and stern\"?")));
    }

    @Test
    void aQuotationTheDocumentsHoldPassesHoweverItIsPunctuated() {
        assertAll(() -> assertEquals(Optional.empty(),
                        Quotations.firstAbsent("有“渔火照寒水 钟声到客船”两句的诗题目是什么？", kb)),
                () -> assertEquals(Optional.empty(), Quotations.firstAbsent("《山居》的作者是谁？", kb)),
                () -> assertEquals(Optional.empty(), Quotations.firstAbsent(
                        "Where does it say boats are \"Moored with two lines - bow and stern\"?", kb)));
    }

    @Test
    void aTitleOrLineTheDocumentsDoNotHoldIsNamed() {
        assertAll(() -> assertEquals(Optional.of("秋夜寄远"), Quotations.firstAbsent("林远舟的《秋夜寄远》全诗是怎么写的？", kb)),
                () -> assertEquals(Optional.of("明月照高楼，流光正徘徊"),
                        Quotations.firstAbsent("林远舟那首有“明月照高楼，流光正徘徊”的诗叫什么？", kb)),
                () -> assertEquals(Optional.of("moored with three lines and a spring"), Quotations.firstAbsent(
                        "Which rule says boats are \"moored with three lines and a spring\"?", kb)));
    }
}
