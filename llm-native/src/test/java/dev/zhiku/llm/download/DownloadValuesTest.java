package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small value types: header parsing, sizes for people, request validation, backoff. */
class DownloadValuesTest {

    @Test
    void contentRangeIsParsed() {
        assertEquals(new ContentRange(100, 1000), ContentRange.parse("bytes 100-999/1000"));
        assertEquals(new ContentRange(-1, 1000), ContentRange.parse("bytes */1000"));
        assertEquals(new ContentRange(5, -1), ContentRange.parse("bytes 5-9/*"));
        assertNull(ContentRange.parse("pages 1-2/3"));
        assertNull(ContentRange.parse(null));
    }

    @Test
    void sizesReadLikeAPersonWritesThem() {
        assertEquals("512 bytes", ByteSize.format(512));
        assertEquals("1.0 KB", ByteSize.format(1024));
        assertEquals("1.9 GB", ByteSize.format(2_040_109_466L));
        assertEquals("250 MB", ByteSize.format(250L * 1024 * 1024));
    }

    @Test
    void requestsAreChecked() {
        Path target = Path.of("model.gguf");
        assertThrows(IllegalArgumentException.class,
                () -> DownloadRequest.of(URI.create("ftp://example.org/m.gguf"), target));
        assertThrows(IllegalArgumentException.class,
                () -> new DownloadRequest(URI.create("https://example.org/m.gguf"), target, null, "abc"));
        DownloadRequest upper = new DownloadRequest(URI.create("https://example.org/m.gguf"), target, 1L,
                "AB".repeat(32));
        assertEquals("ab".repeat(32), upper.expectedSha256());
        assertEquals(Path.of("model.gguf.part"), upper.partFile());
        assertEquals(Path.of("model.gguf.part.json"), upper.sidecarFile());
    }

    @Test
    void backoffDoublesUpToTheCap() {
        DownloadSettings settings = DownloadSettings.defaults();
        assertEquals(Duration.ofSeconds(1), settings.backoff(0));
        assertEquals(Duration.ofSeconds(4), settings.backoff(2));
        assertEquals(Duration.ofSeconds(30), settings.backoff(10));
        assertEquals(Duration.ofSeconds(30), settings.backoff(500));
    }

    @Test
    void theUserAgentNamesZhiku() {
        assertTrue(HttpClients.userAgent().startsWith("Zhiku/"));
    }
}
