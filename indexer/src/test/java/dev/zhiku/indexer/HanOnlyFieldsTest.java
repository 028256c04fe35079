package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SearchFilter;
import dev.zhiku.indexer.store.Analyzers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese fields (SmartCN words, CJK bigrams) are searched for Han words only, so a passage without Han
 * characters is not analysed for them; on a real index, English, Chinese and mixed text stay findable as before.
 */
class HanOnlyFieldsTest {

    @TempDir
    Path tmp;

    @Test
    void passagesWithoutHanAreLeftOutOfTheChineseFieldsAndEverythingIsStillFound() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path english = Files.writeString(docs.resolve("vacuum.txt"),
                "VACUUM reclaims storage occupied by dead tuples; autovacuum runs it in the background.\n");
        Path chinese = Files.writeString(docs.resolve("天气.txt"),
                "今天下雨，明天天气晴朗，气温会回升到二十度左右。\n");
        Path mixed = Files.writeString(docs.resolve("mixed.txt"),
                "The checkpointer writes dirty buffers. 检查点进程把脏页写回磁盘。\n");
        Path home = tmp.resolve("home");
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            LocalKnowledgeBase kb = TestIndexers.searchOver(home, indexer);
            SearchFilter none = SearchFilter.none();
            assertEquals(List.of(TestIndexers.key(english)), TestIndexers.hitPaths(kb, "autovacuum tuples", none));
            assertEquals(List.of(TestIndexers.key(chinese)), TestIndexers.hitPaths(kb, "天气晴朗", none));
            assertEquals(List.of(TestIndexers.key(mixed)), TestIndexers.hitPaths(kb, "脏页", none));
            assertEquals(List.of(TestIndexers.key(mixed)), TestIndexers.hitPaths(kb, "checkpointer", none));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(home.resolve("index")))) {
            assertEquals(3, reader.numDocs());
            for (String field : List.of(Analyzers.ZH, Analyzers.CJK)) {
                assertEquals(2, docCount(reader, field), field + ": only the two passages with Han characters");
            }
            for (String field : List.of(Analyzers.EN, Analyzers.PLAIN)) {
                assertEquals(3, docCount(reader, field), field);
            }
        }
    }

    @Test
    void hanIsFoundOnlyWhereThereIsAHanCharacter() {
        assertTrue(Analyzers.containsHan("mostly English, one 字"));
        assertTrue(Analyzers.containsHan("𠀀 (a Han character outside the basic plane)"));
        assertTrue(!Analyzers.containsHan("ひらがな カタカナ 한국어 Ελληνικά ÀÉÎ ①②"));
        assertTrue(!Analyzers.containsHan(""));
    }

    private static int docCount(DirectoryReader reader, String field) throws java.io.IOException {
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null) {
                continue;
            }
            Terms terms = leaf.reader().terms(field);
            count += terms == null ? 0 : terms.getDocCount();
        }
        return count;
    }
}
