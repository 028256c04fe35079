package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The configured proxy carries the download: the origin port is closed, only the proxy answers. */
@Timeout(60)
class HttpClientsTest {

    @TempDir
    Path dir;

    @Test
    void downloadsGoThroughTheConfiguredProxy() throws IOException {
        byte[] content = DownloadFixture.content(5);
        try (LoopbackFileServer proxy = new LoopbackFileServer(content, "\"p1\"")) {
            HttpSettings http = new HttpSettings(new HttpProxy("127.0.0.1", proxy.port()), Duration.ofSeconds(20),
                    Duration.ofSeconds(30));
            DownloadSettings settings = DownloadFixture.settings(0).withHttp(http);
            URI closedOrigin = URI.create("http://127.0.0.1:1/model.gguf");
            Path target = dir.resolve("model.gguf");
            try (ModelDownloader downloader = new ModelDownloader(settings, DownloadFixture.plentyOfSpace())) {
                downloader.download(DownloadRequest.of(closedOrigin, target), DownloadListener.NONE,
                        new DownloadControl());
            }
            assertArrayEquals(content, Files.readAllBytes(target));
            assertEquals(1, proxy.requests().size());
        }
    }
}
