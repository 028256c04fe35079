package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text with no information gets no passages and the file is listed with a reason; hostile junk is never cited. */
class NoInformationTest {

    @TempDir
    Path tmp;

    @Test
    void zerosReplacementCharactersAndRepetitionGiveNoPassages() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Path healthy = Files.writeString(folder.resolve("notes.txt"),
                "The lighthouse keeper logs every passing ship in the harbour book.");
        Path zeros = Files.write(folder.resolve("zeros.txt"), new byte[300_000]);
        Path replacement = Files.writeString(folder.resolve("fffd.txt"), "\uFFFD".repeat(50_000));
        Path repeated = Files.writeString(folder.resolve("aaaa.txt"), "a".repeat(80_000));
        Path mixed = Files.writeString(folder.resolve("mixed.txt"), "Harbour timetable: ferries leave at nine.\n\n"
                + "\u0000".repeat(20_000), StandardCharsets.UTF_8);
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            indexer.addRoots(List.of(folder), false);
            indexer.run();
            assertEquals(SourceStatus.INDEXED, indexer.catalog().find(key(healthy)).orElseThrow().status());
            assertAll(() -> assertNoPassages(indexer, zeros), () -> assertNoPassages(indexer, replacement),
                    () -> assertNoPassages(indexer, repeated));
            SourceRow row = indexer.catalog().find(key(mixed)).orElseThrow();
            assertEquals(SourceStatus.INDEXED, row.status());
            indexer.index().passagesOf(row.path()).forEach(p -> assertTrue(
                    p.passage().text().contains("Harbour"), "a passage of NULs was kept: " + p.passage().text()));
        }
    }

    @Test
    void randomBytesThatCharsetDetectionReadsAsChineseGiveNoPassages() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("docs"));
        Random random = new Random(20261203L);
        byte[] high = new byte[64 << 10];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x81 + random.nextInt(0x7E));
        }
        byte[] any = new byte[64 << 10];
        random.nextBytes(any);
        Path gb = Files.write(folder.resolve("export.txt"), high);
        Path utf16 = Files.write(folder.resolve("dump.txt"), any);
        Path chinese = Files.writeString(folder.resolve("说明.txt"), ("知识库会把你添加的文件夹里的每一份文档读进来，"
                + "切成段落，建立关键词索引和向量索引。如果文档里没有答案，它会直接说没有找到。\n\n").repeat(40));
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            indexer.addRoots(List.of(folder), false);
            indexer.run();
            assertEquals(SourceStatus.INDEXED, indexer.catalog().find(key(chinese)).orElseThrow().status());
            assertAll(() -> assertNoPassages(indexer, gb), () -> assertNoPassages(indexer, utf16));
            assertTrue(indexer.catalog().find(key(gb)).orElseThrow().reason().contains("outside everyday use"));
        }
    }

    private static void assertNoPassages(Indexer indexer, Path file) throws Exception {
        SourceRow row = indexer.catalog().find(key(file)).orElseThrow();
        assertEquals(SourceStatus.SKIPPED, row.status(), row::toString);
        assertTrue(row.reason() != null && row.reason().startsWith("no readable text"), row::toString);
        assertEquals(0, indexer.index().passagesOf(row.path()).size());
    }
}
