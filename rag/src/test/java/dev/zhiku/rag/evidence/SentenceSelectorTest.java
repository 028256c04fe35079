package dev.zhiku.rag.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.rag.TestPassages;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSelectorTest {

    @Test
    void theSentenceWithTheRareQuestionWordsWinsWithExactOffsets() {
        String text = "PostgreSQL has many settings. The default checkpoint_timeout is five minutes. "
                + "Settings are read at start.";
        List<EvidenceSentence> ranked = SentenceSelector.rank("What is the default checkpoint_timeout?",
                List.of(TestPassages.hit("/docs/wal.html", 0, text, 1.0, 500)), 8);
        EvidenceSentence best = ranked.getFirst();
        assertEquals("The default checkpoint_timeout is five minutes.", best.text());
        assertEquals(text.substring(best.start() - 500, best.end() - 500), best.text());
    }

    @Test
    void chineseSentencesAreMatchedByBigrams() {
        String text = "系统启动时会读取配置。要查看内核消息，可以使用 dmesg 命令。日志保存在 /var/log 目录。";
        List<EvidenceSentence> ranked = SentenceSelector.rank("怎样查看内核消息？",
                List.of(TestPassages.hit("/docs/ch03.pdf", 2, text, 1.0)), 8);
        assertTrue(ranked.getFirst().text().contains("dmesg"), ranked.toString());
    }
}
