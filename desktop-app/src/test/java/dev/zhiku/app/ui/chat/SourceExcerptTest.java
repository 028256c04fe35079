package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.Citation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceExcerptTest {

    @TempDir
    Path dir;

    @Test
    void highlightsTheSnippetInsideTheTextFile() throws Exception {
        Path file = dir.resolve("合同.txt");
        String text = "第一条 双方约定。\n第二条 付款期限为30天，自发票日起算。\n第三条 其他。";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        int start = text.indexOf("第二条");
        Citation c = new Citation(1, file.toString(), "", 0, start, text.indexOf("第三条"), "付款期限为30天", 1);
        SourceExcerpt excerpt = SourceExcerpt.of(c);
        assertEquals("付款期限为30天", excerpt.highlighted());
        assertTrue(excerpt.before().endsWith("第二条 "));
        assertTrue(excerpt.after().startsWith("，自发票日起算"));
    }

    @Test
    void otherFormatsAndMissingFilesGiveTheSnippetAlone() {
        Citation pdf = new Citation(2, dir.resolve("a.pdf").toString(), "", 3, 10, 20, "the snippet", 1);
        assertEquals(new SourceExcerpt("", "the snippet", ""), SourceExcerpt.of(pdf));
        Citation gone = new Citation(3, dir.resolve("gone.md").toString(), "", 0, 0, 5, "words", 1);
        assertEquals(new SourceExcerpt("", "words", ""), SourceExcerpt.of(gone));
    }
}
