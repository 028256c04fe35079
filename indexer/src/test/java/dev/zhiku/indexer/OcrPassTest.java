package dev.zhiku.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.catalog.SourceRow;
import dev.zhiku.indexer.extract.OcrSupport;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans and images: keyword phase first, then the low-priority OCR pass makes their text searchable. */
class OcrPassTest {

    @TempDir
    Path dir;

    @Test
    void scannedPdfAndImageBecomeSearchableAfterTheOcrPass() throws Exception {
        Assumptions.assumeTrue(OcrSupport.tesseractAvailable(), "tesseract is not installed");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path scan = TestDocuments.scannedPdf(docs).path();
        Path image = TestDocuments.png(docs).path();
        Path home = dir.resolve("home");
        try (Indexer indexer = TestIndexers.keywordOnly(home)) {
            indexer.addRoots(java.util.List.of(docs), false);
            RunReport report = indexer.run();
            assertEquals(2, report.ocr());
            for (Path file : java.util.List.of(scan, image)) {
                SourceRow row = indexer.catalog().find(TestIndexers.key(file)).orElseThrow();
                assertEquals(SourceStatus.INDEXED, row.status(), row::toString);
                assertTrue(!row.needsOcr(), row::toString);
            }
            try (LocalKnowledgeBase kb = TestIndexers.searchOver(home, indexer)) {
                assertEquals(TestIndexers.key(scan),
                        TestIndexers.hitPaths(kb, "invoice 4711", SearchFilter.none()).getFirst());
                assertEquals(TestIndexers.key(image),
                        TestIndexers.hitPaths(kb, "meeting room aurora", SearchFilter.none()).getFirst());
            }
        }
    }
}
