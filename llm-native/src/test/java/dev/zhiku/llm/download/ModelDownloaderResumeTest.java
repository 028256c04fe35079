package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Interrupted downloads resume with a Range request, and start over when resuming would be wrong. */
@Timeout(120)
class ModelDownloaderResumeTest {

    private static final long DROP_AFTER = 1024 * 1024;

    @TempDir
    Path dir;

    private byte[] content;
    private LoopbackFileServer server;
    private Path target;
    private Path part;

    @BeforeEach
    void startServer() throws IOException {
        content = DownloadFixture.content(2);
        server = new LoopbackFileServer(content, "\"v1\"");
        target = dir.resolve("model.gguf");
        part = dir.resolve("model.gguf.part");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private DownloadResult download(int retries, DownloadRequest request, DownloadListener listener,
            DownloadControl control) {
        try (ModelDownloader downloader = new ModelDownloader(DownloadFixture.settings(retries),
                DownloadFixture.plentyOfSpace())) {
            return downloader.download(request, listener, control);
        }
    }

    private DownloadResult download(byte[] expected) {
        DownloadRequest request = new DownloadRequest(server.uri(), target, (long) expected.length,
                DownloadFixture.sha256(expected));
        return download(0, request, DownloadListener.NONE, new DownloadControl());
    }

    /** Lets the first download fail after about a megabyte and returns the bytes kept in the part file. */
    private long interruptedDownload() throws IOException {
        server.dropping(1, DROP_AFTER);
        assertThrows(DownloadException.class, () -> download(content));
        assertTrue(Files.exists(part), "the part file is kept");
        assertTrue(Files.exists(dir.resolve("model.gguf.part.json")), "the sidecar is kept");
        assertFalse(Files.exists(target), "no half file under the final name");
        long kept = Files.size(part);
        assertTrue(kept > 0 && kept <= DROP_AFTER, "kept " + kept);
        return kept;
    }

    @Test
    void aDroppedConnectionResumesWithARangeRequest() throws IOException {
        long kept = interruptedDownload();
        DownloadResult result = download(content);
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertEquals(DownloadFixture.sha256(content), result.sha256());
        assertArrayEquals(content, Files.readAllBytes(target));
        List<LoopbackFileServer.Seen> seen = server.requests();
        assertEquals("bytes=" + kept + "-", seen.getLast().range());
        assertEquals("\"v1\"", seen.getLast().ifRange());
        assertTrue(server.bytesServed() < 2L * content.length, "served " + server.bytesServed());
        assertFalse(Files.exists(part));
    }

    @Test
    void retriesResumeWithinOneCall() throws IOException {
        server.dropping(2, DROP_AFTER);
        DownloadRequest request = new DownloadRequest(server.uri(), target, null, DownloadFixture.sha256(content));
        DownloadResult result = download(3, request, DownloadListener.NONE, new DownloadControl());
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertArrayEquals(content, Files.readAllBytes(target));
        List<LoopbackFileServer.Seen> seen = server.requests();
        assertEquals(3, seen.size());
        assertNull(seen.getFirst().range());
        assertTrue(seen.get(1).range().startsWith("bytes="), seen.get(1).range());
        assertTrue(server.bytesServed() < 2L * content.length, "served " + server.bytesServed());
    }

    @Test
    void cancelKeepsThePartAndALaterCallResumes() throws IOException {
        server.slowly(2);
        DownloadControl control = new DownloadControl();
        DownloadRequest request = new DownloadRequest(server.uri(), target, (long) content.length,
                DownloadFixture.sha256(content));
        DownloadResult first = download(0, request, p -> {
            if (p.bytesDone() >= DROP_AFTER) {
                control.cancel();
            }
        }, control);
        assertEquals(DownloadResult.Status.CANCELLED, first.status());
        assertEquals(part, first.file());
        assertNull(first.sha256());
        assertFalse(Files.exists(target));
        long kept = Files.size(part);
        assertEquals(kept, first.bytes());
        assertTrue(kept >= DROP_AFTER && kept < content.length, "kept " + kept);

        server.slowly(0);
        DownloadResult second = download(content);
        assertEquals(DownloadResult.Status.DONE, second.status());
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals("bytes=" + kept + "-", server.requests().getLast().range());
        assertTrue(server.bytesServed() < 2L * content.length, "served " + server.bytesServed());
    }

    @Test
    void cancelBeforeStartSendsNothing() {
        DownloadControl control = new DownloadControl();
        control.cancel();
        DownloadResult result = download(0, DownloadRequest.of(server.uri(), target), DownloadListener.NONE,
                control);
        assertEquals(DownloadResult.Status.CANCELLED, result.status());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aServerWithoutRangeSupportRestartsFromZero() throws IOException {
        server.withoutRangeSupport();
        long kept = interruptedDownload();
        DownloadResult result = download(content);
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals("bytes=" + kept + "-", server.requests().getLast().range(), "it asked");
        assertEquals(DROP_AFTER + content.length, server.bytesServed(), "and got the whole file");
    }

    @Test
    void aChangedRemoteFileRestartsThroughIfRange() throws IOException {
        interruptedDownload();
        byte[] changed = sameSizeOtherBytes();
        server.replaceContent(changed, "\"v2\"");
        DownloadResult result = download(changed);
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertArrayEquals(changed, Files.readAllBytes(target));
        assertEquals(2, server.requests().size());
    }

    @Test
    void aChangedRemoteFileRestartsWhenTheServerIgnoresIfRange() throws IOException {
        interruptedDownload();
        server.ignoringIfRange();
        byte[] changed = sameSizeOtherBytes();
        server.replaceContent(changed, "\"v2\"");
        DownloadResult result = download(changed);
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertArrayEquals(changed, Files.readAllBytes(target));
        List<LoopbackFileServer.Seen> seen = server.requests();
        assertEquals(3, seen.size(), "a 206 with a new ETag, then the whole file");
        assertNull(seen.getLast().range());
    }

    /** New bytes of the old length, so only the ETag tells the files apart. */
    private byte[] sameSizeOtherBytes() {
        return Arrays.copyOf(DownloadFixture.content(3), content.length);
    }

    @Test
    void aPartForAnotherSizeIsDiscarded() throws IOException {
        interruptedDownload();
        DownloadRequest request = new DownloadRequest(server.uri(), target, null, DownloadFixture.sha256(content));
        download(0, request, DownloadListener.NONE, new DownloadControl());
        assertNull(server.requests().getLast().range(), "expected size differs from the sidecar's");
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void aCompletePartAnswered416IsFinished() throws IOException {
        Files.write(part, content);
        PartInfo info = new PartInfo(server.uri().toString(), "\"v1\"", null, (long) content.length);
        Files.writeString(dir.resolve("model.gguf.part.json"), new ObjectMapper().writeValueAsString(info));
        DownloadResult result = download(content);
        assertEquals(DownloadResult.Status.DONE, result.status());
        assertEquals(DownloadFixture.sha256(content), result.sha256());
        assertEquals("bytes=" + content.length + "-", server.requests().getLast().range());
        assertEquals(0, server.bytesServed());
        assertArrayEquals(content, Files.readAllBytes(target));
    }
}
