package dev.zhiku.indexer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 catalog: a reader walks the queue page by page with a cursor, in priority and path order, past
 * sources it read but has not recorded yet, and a walk from the start finds those queued behind the cursor.
 */
class QueueCursorTest {

    @TempDir
    Path tmp;

    @Test
    void pagesFollowTheCursorInPriorityThenPathOrder() throws Exception {
        try (Catalog catalog = Catalog.open(tmp.resolve("catalog"))) {
            catalog.addRoot("/docs", false);
            catalog.enqueue("/docs/c.txt", "/docs", 1, 1, 0);
            catalog.enqueue("/docs/a.txt", "/docs", 1, 1, 0);
            catalog.enqueue("/docs/scan.pdf", "/docs", 1, 1, 1);
            catalog.enqueue("/docs/b.txt", "/docs", 1, 1, 0);

            Catalog.QueuePage first = catalog.queuedAfter(2, null);
            assertEquals(List.of("/docs/a.txt", "/docs/b.txt"), paths(first));
            Catalog.QueuePage second = catalog.queuedAfter(2, first.next());
            assertEquals(List.of("/docs/c.txt", "/docs/scan.pdf"), paths(second));
            assertEquals(new Catalog.QueueCursor(1, "/docs/scan.pdf"), second.next());

            // Queued behind the cursor while the walk went on: not in this walk, found by the next one.
            catalog.enqueue("/docs/0.txt", "/docs", 1, 1, 0);
            Catalog.QueuePage end = catalog.queuedAfter(2, second.next());
            assertEquals(List.of(), paths(end));
            assertNull(end.next());
            assertEquals("/docs/0.txt", paths(catalog.queuedAfter(1, null)).getFirst());
        }
    }

    private static List<String> paths(Catalog.QueuePage page) {
        return page.rows().stream().map(SourceRow::path).toList();
    }
}
