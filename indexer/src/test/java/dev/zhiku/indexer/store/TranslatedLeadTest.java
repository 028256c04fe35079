package dev.zhiku.indexer.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.TestIndexers;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signal behind the translated lead (decision 0075), on a real index: a Chinese page that shares some of a
 * Chinese question's words (目录, 读取, 规则) explains less of it than the English page does in translation (udev,
 * device, rules), by more than the margin; a question the Chinese page itself answers leaves no such lead.
 */
class TranslatedLeadTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");

    @TempDir
    Path tmp;

    @Test
    void theOtherLanguageLeadsOnlyWhereItExplainsMoreOfTheQuestion() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("hotplug.txt"), "Armed with this information, udev consults the rules contained"
                + " in /etc/udev/rules.d/ and decides how to name the device.\n");
        Files.writeString(docs.resolve("日志监视.txt"), "日志监视程序从 /etc/logcheck/ 目录读取规则，规则文件按类型分开存放，"
                + "每类规则一个目录。\n");
        Files.writeString(docs.resolve("打印.txt"), "打印服务从队列目录里读取任务，再交给打印机。\n");
        Files.writeString(docs.resolve("vacuum.txt"), "Routine vacuuming reclaims storage occupied by dead rows.\n");
        Path home = tmp.resolve("home");
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
        }
        try (PassageIndex index = PassageIndex.openForReading(home.resolve("index"), FusionSettings.defaults())) {
            String stale = "udev 会去哪些目录里读取设备规则？";
            double own = index.keywordCoverage(stale);
            double translated = index.translatedCoverage(stale);
            assertTrue(translated - own > PassageIndex.LEAD_MARGIN, "translated " + translated + ", own " + own);

            String answered = "日志监视程序从哪个目录读取规则？";
            double ownAnswered = index.keywordCoverage(answered);
            double translatedAnswered = index.translatedCoverage(answered);
            assertTrue(translatedAnswered - ownAnswered <= PassageIndex.LEAD_MARGIN,
                    "translated " + translatedAnswered + ", own " + ownAnswered);
        }
    }
}
