package dev.zhiku.rag.gate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.rag.Language;
import dev.zhiku.rag.TestKnowledgeBases;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names a question gives together must be together in one passage (real Lucene index). */
class NamesTogetherTest {

    @TempDir
    static Path dir;
    private static LocalKnowledgeBase kb;

    @BeforeAll
    static void index() throws Exception {
        kb = TestKnowledgeBases.build(dir, Map.of(
                "唐诗.txt", "《溪上》\n作者：王维\n\n溪水绕山流，西施浣纱处，春风吹落花。\n\n"
                        + "《夜雨》\n作者：杜甫\n\n夜雨敲窗急，孤灯照旧书。",
                "宋诗.md", "# 宋诗\n\n## 《江楼》\n作者:苏轼\n\n江楼望远山，白鸟入云间。",
                "harbour.md", "# Harbour rules\n\nThe harbour master, Ilse Varga, opens the gate at six.",
                "repairs.md", "# Repairs\n\nTom Berg repairs the boats in the north shed."));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void namesNeverInOnePassageAreNamedInTheRefusal() {
        Optional<String> refused = NamesTogether.apart(
                "What is the full text of Su Shi's poem about the beauty Xi Shi washing silk?", kb, Language.EN);
        assertTrue(refused.isPresent());
        assertTrue(refused.get().contains("Su Shi (苏轼)") && refused.get().contains("Xi Shi (西施)"), refused.get());
        assertTrue(NamesTogether.apart("Does Ilse Varga repair boats with Tom Berg?", kb, Language.EN).isPresent());
    }

    @Test
    void namesTogetherInOnePassageOrNotAllKnownPass() {
        assertAll(() -> assertEquals(Optional.empty(),
                        NamesTogether.apart("Which poem of Wang Wei mentions Xi Shi?", kb, Language.EN)),
                () -> assertEquals(Optional.empty(), NamesTogether.apart(
                        "When does the harbour master Ilse Varga open the Harbour Gate?", kb, Language.EN)),
                () -> assertEquals(Optional.empty(),
                        NamesTogether.apart("What did Du Fu write about Maple Bridge?", kb, Language.EN)),
                () -> assertEquals(Optional.empty(), NamesTogether.apart("苏轼写过西施吗？", kb, Language.ZH)));
    }

    @Test
    void namesSetSideBySideAskForTwoTexts() {
        assertAll(() -> assertEquals(Optional.empty(),
                        NamesTogether.apart("How do the poems of Su Shi and Xi Shi differ?", kb, Language.EN)),
                () -> assertEquals(Optional.empty(),
                        NamesTogether.apart("Which is older, Su Shi's poem or Du Fu's?", kb, Language.EN)),
                () -> assertEquals(Optional.empty(), NamesTogether.apart(
                        "Show me the poems by Su Shi, Du Fu and Wang Wei in my collection.", kb, Language.EN)),
                () -> assertTrue(NamesTogether.apart(
                        "What is Su Shi's poem that compares a lake to Xi Shi?", kb, Language.EN).isPresent()));
    }
}
