package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.zhiku.app.ui.chat.MarkdownSpan.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void findsTheBlocksAnswersUse() {
        String md = """
                # 结论
                付款期限为 **30 天** [1]，见 `合同.pdf`。
                第二行

                - 第一点
                - second point
                  continued

                1. one
                2. two

                ```java
                int x = 1;
                ```

                | 项目 | 金额 |
                |---|---:|
                | 押金 | 100 |
                """;
        List<MarkdownBlock> blocks = MarkdownParser.parse(md);
        assertEquals(6, blocks.size());
        assertInstanceOf(MarkdownBlock.Heading.class, blocks.get(0));
        MarkdownBlock.Paragraph p = (MarkdownBlock.Paragraph) blocks.get(1);
        assertEquals(2, p.lines().size());
        assertEquals(new MarkdownSpan("30 天", Style.BOLD), p.lines().get(0).get(1));
        assertEquals(new MarkdownSpan("合同.pdf", Style.CODE), p.lines().get(0).get(3));
        MarkdownBlock.ListBlock bullets = (MarkdownBlock.ListBlock) blocks.get(2);
        assertEquals(false, bullets.ordered());
        assertEquals("second point continued", bullets.items().get(1).getFirst().text());
        MarkdownBlock.ListBlock numbers = (MarkdownBlock.ListBlock) blocks.get(3);
        assertEquals(true, numbers.ordered());
        assertEquals(2, numbers.items().size());
        assertEquals(new MarkdownBlock.Code("java", "int x = 1;"), blocks.get(4));
        MarkdownBlock.Table table = (MarkdownBlock.Table) blocks.get(5);
        assertEquals(2, table.rows().size());
        assertEquals("100", table.rows().get(1).get(1).getFirst().text());
    }

    @Test
    void unfinishedTextStillParses() {
        List<MarkdownBlock> blocks = MarkdownParser.parse("Here:\n```\ncode still coming");
        assertEquals(new MarkdownBlock.Code("", "code still coming"), blocks.get(1));
        assertEquals(List.of(new MarkdownSpan("a **b", Style.PLAIN)), MarkdownSpan.parse("a **b"));
    }

    @Test
    void aNumberInASentenceIsNotAList() {
        assertInstanceOf(MarkdownBlock.Paragraph.class, MarkdownParser.parse("3.5 million people").getFirst());
    }
}
