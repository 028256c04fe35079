package dev.zhiku.app.ui.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The indexer's English reasons, as the Knowledge screen shows them in Chinese and in English. */
class ProblemReasonTextTest {

    private static final ResourceBundle ZH = KnowledgeView.bundle(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = KnowledgeView.bundle(Locale.ENGLISH);

    @Test
    void aKnownReasonIsShownInChineseWithItsOwnValues() {
        String[][] shown = {
                {"damaged or unreadable file: Missing root object specification in trailer.",
                        "文件已损坏或无法读取：Missing root object specification in trailer."},
                {"larger than the 512 MB limit (600 MB)", "超过了 512 MB 的上限（600 MB）"},
                {"password-protected: Zhiku cannot open it without the password; save a copy without protection to "
                        + "index it", "受密码保护：没有密码知库无法打开它；请另存一份不加密的副本再索引"}};
        for (String[] pair : shown) {
            assertEquals(pair[1], ProblemReasonText.of(pair[0], ZH), pair[0]);
        }
    }

    @Test
    void aReasonOfSeveralPartsIsShownPartByPartAndAnUnknownPartAsWritten() {
        assertEquals("只索引了前 4000000 个字符；大型纯文本文件：只能按关键词搜索，没有语义向量",
                ProblemReasonText.of("only the first 4000000 characters were indexed; "
                        + "large plain-text file: keyword search only, no semantic vectors", ZH));
        assertEquals("空文件；a reason no rule knows", ProblemReasonText.of("empty file; a reason no rule knows", ZH));
    }

    @Test
    void inEnglishTheReasonStaysAsTheIndexerWroteIt() {
        String reason = "only the first 4000000 characters were indexed; "
                + "large plain-text file: keyword search only, no semantic vectors";
        assertEquals(reason, ProblemReasonText.of(reason, EN));
        assertEquals("", ProblemReasonText.of(null, EN));
    }
}
