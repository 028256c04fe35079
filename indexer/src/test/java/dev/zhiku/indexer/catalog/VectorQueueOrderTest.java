package dev.zhiku.indexer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.SourceStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real H2 catalog: sources wait for vectors prose first, then tables and data, each smallest first. */
class VectorQueueOrderTest {

    @TempDir
    Path tmp;

    @Test
    void proseBeforeDataFilesAndFewerPassagesFirst() throws Exception {
        try (Catalog catalog = Catalog.open(tmp.resolve("catalog"))) {
            catalog.addRoot("/docs", false);
            List<SourceOutcome> outcomes = List.of(
                    indexed("/docs/export.csv", "csv", 1), indexed("/docs/handbook.pdf", "pdf", 40),
                    indexed("/docs/note.md", "md", 2), indexed("/docs/data.xlsx", "xlsx", 3),
                    indexed("/docs/letter.docx", "docx", 2), indexed("/docs/ready.txt", "txt", 1, false));
            for (SourceOutcome o : outcomes) {
                catalog.enqueue(o.path(), "/docs", o.sizeBytes(), o.modifiedMillis(), 0);
            }
            catalog.complete(outcomes);
            List<String> order = catalog.vectorsPending(10).stream().map(SourceRow::path).toList();
            assertEquals(List.of("/docs/letter.docx", "/docs/note.md", "/docs/handbook.pdf", "/docs/export.csv",
                    "/docs/data.xlsx"), order);
            assertEquals(List.of("/docs/letter.docx", "/docs/note.md"),
                    catalog.vectorsPending(2).stream().map(SourceRow::path).toList());
        }
    }

    private static SourceOutcome indexed(String path, String type, int chunks) {
        return indexed(path, type, chunks, true);
    }

    private static SourceOutcome indexed(String path, String type, int chunks, boolean vectorsPending) {
        return new SourceOutcome(path, "h" + path.hashCode(), 100, 1, SourceStatus.INDEXED, null, type, chunks,
                vectorsPending, false, StageTimings.NONE, false);
    }
}
