package dev.zhiku.indexer;

import static dev.zhiku.indexer.TestIndexers.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.chunk.ChunkPlanner;
import dev.zhiku.indexer.chunk.ChunkingSettings;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.extract.DocumentExtractor;
import dev.zhiku.indexer.extract.ExtractionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text without information is left out of the index, and the file's status says so only when a reader would miss
 * it: a filler of thousands of repeated characters is reported, the rule of "=" under a README's title is not.
 */
class LeftOutTextTest {

    @TempDir
    Path tmp;

    @Test
    void fillerIsReportedButSeparatorLinesAreNot() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String prose = "The tool keeps one default version and lets several versions coexist on the same system. ";
        // a README with a closing rule, as long as it takes for the chunker to leave the rule a passage of its own
        Path readme = docs.resolve("README.Debian");
        boolean ruleAlone = false;
        for (int words = 1; words <= 400 && !ruleAlone; words++) {
            Files.writeString(readme, "Setup\n=====\n\n" + prose.repeat(4) + "\n\n" + "word ".repeat(words)
                    + "\n\n" + "=".repeat(79) + "\n\n");
            ChunkPlanner planner = new ChunkPlanner(ChunkingSettings.defaults(), TokenCounter.estimating());
            for (var doc : new DocumentExtractor(ExtractionSettings.defaults()).extract(readme, false).documents()) {
                ruleAlone |= planner.plan(doc).stream().anyMatch(c -> c.text().strip().matches("=+"));
            }
        }
        assertTrue(ruleAlone, "the premise: a rule is cut into a passage of its own");
        Path filler = Files.writeString(docs.resolve("filler.txt"), "Intro prose about a file.\n\n"
                + "A".repeat(5000) + "\n\nThe end of the file with some words.\n");
        try (Indexer indexer = TestIndexers.keywordOnly(tmp.resolve("home"))) {
            indexer.addRoots(List.of(docs), false);
            indexer.run();
            SourceRow readmeRow = indexer.catalog().find(key(readme)).orElseThrow();
            SourceRow fillerRow = indexer.catalog().find(key(filler)).orElseThrow();
            assertEquals(SourceStatus.INDEXED, readmeRow.status(), readmeRow::toString);
            assertNull(readmeRow.reason(), readmeRow::toString);
            assertEquals(SourceStatus.INDEXED, fillerRow.status(), fillerRow::toString);
            assertTrue(fillerRow.reason() != null && fillerRow.reason().contains("left out")
                    && fillerRow.reason().contains("repeated"), fillerRow::toString);
        }
    }
}
