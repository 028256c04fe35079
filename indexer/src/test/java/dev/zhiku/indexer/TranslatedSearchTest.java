package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English question about a Chinese document that shares no Latin word with it: the question's words, translated
 * word by word, find the one poem among several whose words they are, where meaning alone is too weak a signal
 * between an English description and classical Chinese.
 */
class TranslatedSearchTest {

    private static final Path MODEL_CACHE = Path.of("target", "djl-cache");

    @TempDir
    Path tmp;

    @Test
    void anEnglishDescriptionFindsTheChinesePoemByItsTranslatedWords() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("春晓.txt"), "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n");
        Files.writeString(docs.resolve("江雪.txt"), "千山鸟飞绝，万径人踪灭。孤舟蓑笠翁，独钓寒江雪。\n");
        Files.writeString(docs.resolve("静夜思.txt"), "床前明月光，疑是地上霜。举头望明月，低头思故乡。\n");
        Files.writeString(docs.resolve("登鹳雀楼.txt"), "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。\n");
        Files.writeString(docs.resolve("相思.txt"), "红豆生南国，春来发几枝。愿君多采撷，此物最相思。\n");
        Files.writeString(docs.resolve("vacuum.txt"), "Routine vacuuming reclaims storage occupied by dead rows.\n");
        Files.writeString(docs.resolve("rules.txt"), "The rules are read from the directory /etc/udev/rules.d.\n");
        Path home = tmp.resolve("home");
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            LocalKnowledgeBase kb = new LocalKnowledgeBase(new ZhikuHome(home), indexer.index(), model);
            List<Hit> hits = kb.search(SearchQuery.of(
                    "Which poem tells of a lone old man in a boat, fishing alone in the cold river snow?", 5)).hits();
            assertEquals("江雪.txt", Path.of(hits.getFirst().passage().path()).getFileName().toString(),
                    hits.stream().map(h -> Path.of(h.passage().path()).getFileName().toString()).toList().toString());

            // what was searched: translations the documents use (雪, 孤, 寒, 江, 翁), at most three per word, and
            // none they never use (下雪, 白雪)
            List<String> words = indexer.index().translatedWords(
                    "Which poem tells of a lone old man in a boat, fishing alone in the cold river snow?");
            for (String expected : List.of("雪", "孤", "寒", "江")) {
                org.junit.jupiter.api.Assertions.assertTrue(words.contains(expected), words.toString());
            }
            org.junit.jupiter.api.Assertions.assertFalse(words.contains("下雪") || words.contains("白雪"),
                    words.toString());
            List<String> english = indexer.index().translatedWords("怎样回收死行占用的存储空间？");
            // 回收 is "recycle, reclaim, retrieve": the one the document uses
            org.junit.jupiter.api.Assertions.assertTrue(english.contains("reclaim") && english.contains("occupy")
                    && !english.contains("recycle"), english.toString());
            // the other way: the first glosses the documents use (目录 is "catalog, table, contents, directory" in the
            // dictionary; only "directory" is in them), and none of a single character's (里: "lining", "inside")
            List<String> directory = indexer.index().translatedWords("规则在哪个目录里？");
            org.junit.jupiter.api.Assertions.assertTrue(directory.contains("directory") && directory.contains("rule"),
                    directory.toString());
            for (String unused : List.of("catalog", "lining", "inside", "interior")) {
                org.junit.jupiter.api.Assertions.assertFalse(directory.contains(unused), directory.toString());
            }

            // whether a Chinese word's translations are in the documents: 目录 ("directory") is, 配额 ("quota, ration")
            // is not
            java.util.Map<String, Boolean> translated = new java.util.HashMap<>();
            for (dev.zhiku.core.TermStatistics.Term t : indexer.index().termStatistics("目录 配额").terms()) {
                if (t.han()) {
                    translated.put(t.text(), t.translated());
                }
            }
            assertEquals(Boolean.TRUE, translated.get("目录"), translated.toString());
            assertEquals(Boolean.FALSE, translated.get("配额"), translated.toString());
        }
    }

    @Test
    void aChineseQuestionFindsTheEnglishPageByItsNamesAndOneTranslationPerWord() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        // the page that answers: the question's Latin name (udev) and one translation of each of 设备 and 规则
        Files.writeString(docs.resolve("hotplug.txt"), "Armed with this information, udev consults the rules contained"
                + " in /etc/udev/rules.d/ and decides how to name the device.\n");
        // a page that has three translations of one question word (目录: directory, directories, folder) and one of
        // 读取 (read), and nothing else of the question
        Files.writeString(docs.resolve("folders.txt"), "A directory, also called a folder, is read like a file:"
                + " directories hold files and further directories.\n");
        Files.writeString(docs.resolve("vacuum.txt"), "Routine vacuuming reclaims storage occupied by dead rows.\n");
        // a Chinese page with the question's own words 目录, 读取 and 规则, about something else: it explains less of
        // the question than the English page does in translation (decision 0075)
        Files.writeString(docs.resolve("日志监视.txt"), "日志监视程序从 /etc/logcheck/ 目录读取规则，规则文件按类型分开存放，"
                + "每类规则一个目录。\n");
        Path home = tmp.resolve("home");
        try (OnnxEmbeddingModel model = OnnxEmbeddingModel.load(EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q, MODEL_CACHE, 2);
             Indexer indexer = TestIndexers.open(home, model, 1)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            // 设备 is "device" in a computer's documents, not only "equipment, facilities" (computing-terms.tsv)
            List<String> words = indexer.index().translatedWords("udev 会去哪些目录里读取设备规则？");
            org.junit.jupiter.api.Assertions.assertTrue(words.contains("device") && words.contains("rules"),
                    words.toString());
            // 哪些 is a question word: its gloss "ones" stems to "on", in every English text
            org.junit.jupiter.api.Assertions.assertFalse(words.contains("ones"), words.toString());
            LocalKnowledgeBase kb = new LocalKnowledgeBase(new ZhikuHome(home), indexer.index(), model);
            List<Hit> hits = kb.search(SearchQuery.of("udev 会去哪些目录里读取设备规则？", 3)).hits();
            assertEquals("hotplug.txt", Path.of(hits.getFirst().passage().path()).getFileName().toString(),
                    hits.stream().map(h -> Path.of(h.passage().path()).getFileName().toString()).toList().toString());
        }
    }
}
