package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whole downloads against a real loopback server: checksums, errors a person can act on, space, progress. */
@Timeout(120)
class ModelDownloaderTest {

    @TempDir
    Path dir;

    private byte[] content;
    private LoopbackFileServer server;
    private Path target;

    @BeforeEach
    void startServer() throws IOException {
        content = DownloadFixture.content(1);
        server = new LoopbackFileServer(content, "\"v1\"");
        target = dir.resolve("models").resolve("model.gguf");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ModelDownloader downloader(int retries) {
        return new ModelDownloader(DownloadFixture.settings(retries), DownloadFixture.plentyOfSpace());
    }

    private DownloadRequest checkedRequest() {
        return new DownloadRequest(server.uri(), target, (long) content.length, DownloadFixture.sha256(content));
    }

    @Test
    void downloadsTheWholeFileAndVerifiesIt() throws IOException {
        try (ModelDownloader downloader = downloader(0)) {
            DownloadResult result = downloader.download(checkedRequest(), DownloadListener.NONE,
                    new DownloadControl());
            assertEquals(DownloadResult.Status.DONE, result.status());
            assertEquals(target, result.file());
            assertEquals(content.length, result.bytes());
            assertEquals(DownloadFixture.sha256(content), result.sha256());
        }
        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(dir.resolve("models/model.gguf.part")));
        assertFalse(Files.exists(dir.resolve("models/model.gguf.part.json")));
        assertTrue(server.requests().getFirst().userAgent().startsWith("Zhiku/"));
        assertNull(server.requests().getFirst().range());
    }

    @Test
    void replacesAnOlderFileUnderTheFinalName() throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an older, smaller model");
        try (ModelDownloader downloader = downloader(0)) {
            downloader.download(DownloadRequest.of(server.uri(), target), DownloadListener.NONE,
                    new DownloadControl());
        }
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void aFlippedByteIsCaughtAndNothingIsKept() {
        server.flippingAByte();
        try (ModelDownloader downloader = downloader(0)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(checkedRequest(), DownloadListener.NONE, new DownloadControl()));
            assertEquals("download is corrupt (checksum mismatch); try again", e.getMessage());
        }
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("models/model.gguf.part")));
        assertFalse(Files.exists(dir.resolve("models/model.gguf.part.json")));
    }

    @Test
    void aWrongSizeIsCaught() {
        DownloadRequest request = new DownloadRequest(server.uri(), target, content.length + 10L, null);
        try (ModelDownloader downloader = downloader(0)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(request, DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("download is corrupt (size mismatch"), e.getMessage());
        }
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("models/model.gguf.part")));
    }

    @Test
    void missingFileSaysCheckTheMirror() {
        server.answering(404);
        try (ModelDownloader downloader = downloader(3)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(checkedRequest(), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("not found on the server (404): check the mirror URL"),
                    e.getMessage());
        }
        assertEquals(1, server.requests().size(), "a 404 is not retried");
        assertFalse(Files.exists(target));
    }

    @Test
    void forbiddenSaysAccessDenied() {
        server.answering(403);
        try (ModelDownloader downloader = downloader(3)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(checkedRequest(), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("access denied by the server (403)"), e.getMessage());
        }
    }

    @Test
    void serverErrorsAreRetried() throws IOException {
        server.failing(2);
        try (ModelDownloader downloader = downloader(3)) {
            DownloadResult result = downloader.download(checkedRequest(), DownloadListener.NONE,
                    new DownloadControl());
            assertEquals(DownloadResult.Status.DONE, result.status());
        }
        assertEquals(3, server.requests().size());
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void persistentServerErrorsGiveUpWithAMessage() {
        server.answering(503);
        try (ModelDownloader downloader = downloader(2)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(checkedRequest(), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("the server failed (HTTP 503) (3 attempts)"), e.getMessage());
        }
        assertEquals(3, server.requests().size());
    }

    @Test
    void unreachableHostIsNamed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/model.gguf");
        try (ModelDownloader downloader = downloader(1)) {
            DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
                    DownloadRequest.of(nowhere, target), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("cannot reach host: 127.0.0.1:" + closedPort), e.getMessage());
        }
    }

    @Test
    void tooLittleSpaceIsRefusedBeforeAnyRequest() {
        SpaceProbe nearlyFull = directory -> 1024 * 1024;
        try (ModelDownloader downloader = new ModelDownloader(DownloadFixture.settings(0), nearlyFull)) {
            DownloadException e = assertThrows(DownloadException.class,
                    () -> downloader.download(checkedRequest(), DownloadListener.NONE, new DownloadControl()));
            String expected = "needs " + ByteSize.format(content.length) + ", 1.0 MB free on " + target.getParent();
            assertEquals(expected, e.getMessage());
        }
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void tooLittleSpaceIsRefusedOnceTheServerTellsTheSize() {
        SpaceProbe nearlyFull = directory -> 1024 * 1024;
        try (ModelDownloader downloader = new ModelDownloader(DownloadFixture.settings(0), nearlyFull)) {
            DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
                    DownloadRequest.of(server.uri(), target), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("needs "), e.getMessage());
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void progressIsMonotoneAndEndsAtTheTotal() {
        List<DownloadProgress> events = new ArrayList<>();
        try (ModelDownloader downloader = downloader(0)) {
            downloader.download(checkedRequest(), events::add, new DownloadControl());
        }
        assertTrue(events.size() >= 2, "events: " + events.size());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).bytesDone() >= events.get(i - 1).bytesDone(), "event " + i);
        }
        DownloadProgress last = events.getLast();
        assertEquals(content.length, last.bytesDone());
        assertEquals(content.length, last.bytesTotal());
        assertEquals(1.0, last.fraction());
        assertTrue(events.stream().allMatch(p -> p.bytesTotal() == content.length && p.bytesPerSecond() >= 0));
    }
}
