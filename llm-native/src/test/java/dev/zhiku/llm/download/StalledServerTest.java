package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server that stops sending neither hangs the download nor blocks a cancel. */
@Timeout(120)
class StalledServerTest {

    @TempDir
    Path dir;

    private byte[] content;
    private LoopbackFileServer server;
    private Path target;

    @BeforeEach
    void startServer() throws IOException {
        content = DownloadFixture.content(4);
        server = new LoopbackFileServer(content, "\"v1\"");
        server.slowly(60_000);
        target = dir.resolve("model.gguf");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aSilentServerTimesOutAndKeepsThePart() throws IOException {
        HttpSettings http = new HttpSettings(null, Duration.ofSeconds(20), Duration.ofSeconds(1));
        DownloadSettings settings = DownloadFixture.settings(0).withHttp(http);
        try (ModelDownloader downloader = new ModelDownloader(settings, DownloadFixture.plentyOfSpace())) {
            DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
                    DownloadRequest.of(server.uri(), target), DownloadListener.NONE, new DownloadControl()));
            assertTrue(e.getMessage().startsWith("download interrupted: no data for 1 s"), e.getMessage());
        }
        assertTrue(Files.size(dir.resolve("model.gguf.part")) > 0);
        assertFalse(Files.exists(target));
    }

    @Test
    void cancelWhileAReadIsBlockedReturnsCancelled()
            throws InterruptedException, ExecutionException, TimeoutException {
        CountDownLatch firstBytes = new CountDownLatch(1);
        DownloadControl control = new DownloadControl();
        DownloadListener listener = p -> {
            if (p.bytesDone() > 0) {
                firstBytes.countDown();
            }
        };
        try (ModelDownloader downloader = new ModelDownloader(DownloadFixture.settings(0),
                DownloadFixture.plentyOfSpace());
                ExecutorService worker = Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("test-download").factory())) {
            Future<DownloadResult> running = worker.submit(
                    () -> downloader.download(DownloadRequest.of(server.uri(), target), listener, control));
            assertTrue(firstBytes.await(30, TimeUnit.SECONDS), "the first bytes arrive");
            Thread.sleep(300);
            control.cancel();
            DownloadResult result = running.get(20, TimeUnit.SECONDS);
            assertEquals(DownloadResult.Status.CANCELLED, result.status());
            assertTrue(result.bytes() > 0 && result.bytes() < content.length, "kept " + result.bytes());
        }
    }
}
