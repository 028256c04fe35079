package dev.zhiku.llm.download;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one file at a time: resumable through {@code <target>.part}, retried with backoff on network errors
 * and 5xx answers, verified against the expected size and SHA-256, and moved into place atomically.
 *
 * <p>{@link #download} blocks; run it on a worker thread and stop it with {@link DownloadControl#cancel()}.
 */
public final class ModelDownloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);
    private static final int MAX_RESTARTS = 3;
    private static final long PAUSE_SLICE_MILLIS = 50;

    private final DownloadSettings settings;
    private final SpaceProbe spaceProbe;
    private final HttpClient client;

    public ModelDownloader(DownloadSettings settings, SpaceProbe spaceProbe) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.spaceProbe = Objects.requireNonNull(spaceProbe, "spaceProbe");
        this.client = HttpClients.create(settings.http());
    }

    /** A downloader with the default settings and the real free-space probe. */
    public ModelDownloader() {
        this(DownloadSettings.defaults(), SpaceProbe.FILE_STORE);
    }

    /**
     * Fetches the file, resuming an earlier part file when it belongs to the same remote file.
     *
     * @throws DownloadException with a message for the user when the download cannot finish
     */
    public DownloadResult download(DownloadRequest request, DownloadListener listener, DownloadControl control) {
        long started = System.nanoTime();
        PartFile part = new PartFile(request);
        if (control.isCancelled()) {
            return cancelled(part, started);
        }
        Path directory = request.target().toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DownloadException("cannot create the folder " + directory + ": " + e.getMessage(), e);
        }
        ProgressMeter meter = new ProgressMeter(listener, settings.progressInterval(), System::nanoTime);
        SpaceCheck space = new SpaceCheck(spaceProbe, directory, settings.spaceMargin());
        int failures = 0;
        int restarts = 0;
        while (true) {
            TransferAttempt attempt = new TransferAttempt(client, settings, request, part, space, meter, control);
            try {
                switch (attempt.run()) {
                    case COMPLETE -> {
                        return finish(request, part, meter, started);
                    }
                    case CANCELLED -> {
                        return cancelled(part, started);
                    }
                    case RESTART -> {
                        if (++restarts > MAX_RESTARTS) {
                            throw new DownloadException("the file keeps changing on the server; try again later: "
                                    + request.uri());
                        }
                    }
                }
            } catch (IOException e) {
                if (attempt.bytesWritten() > 0) {
                    failures = 0;
                }
                if (failures >= settings.maxRetries()) {
                    throw FailureText.afterRetries(e, request.uri(), failures + 1);
                }
                Duration wait = settings.backoff(failures++);
                LOG.warn("Download of {} failed ({}); retry {} of {} in {} ms", request.uri(), e.toString(), failures,
                        settings.maxRetries(), wait.toMillis());
                if (!pause(wait, control)) {
                    return cancelled(part, started);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return cancelled(part, started);
            }
        }
    }

    private DownloadResult finish(DownloadRequest request, PartFile part, ProgressMeter meter, long started) {
        try {
            long length = part.length();
            Long expected = request.expectedSize();
            if (expected != null && length != expected) {
                part.discard();
                throw new DownloadException("download is corrupt (size mismatch: expected " + expected
                        + " bytes, got " + length + "); try again");
            }
            String sha256 = part.sha256();
            if (request.expectedSha256() != null && !request.expectedSha256().equals(sha256)) {
                part.discard();
                throw new DownloadException("download is corrupt (checksum mismatch); try again");
            }
            part.moveTo(request.target());
            meter.finish(length, length);
            double seconds = seconds(started);
            LOG.info("Downloaded {} ({}) in {} s", request.target(), ByteSize.format(length), Math.round(seconds));
            return new DownloadResult(DownloadResult.Status.DONE, request.target(), length, sha256, seconds);
        } catch (IOException e) {
            throw new DownloadException("cannot finish " + request.target() + ": " + e.getMessage(), e);
        }
    }

    private static DownloadResult cancelled(PartFile part, long started) {
        long bytes;
        try {
            bytes = part.length();
        } catch (IOException e) {
            bytes = 0;
        }
        LOG.info("Download cancelled; {} keeps {} for a later resume", part.path(), ByteSize.format(bytes));
        return new DownloadResult(DownloadResult.Status.CANCELLED, part.path(), bytes, null, seconds(started));
    }

    /** Waits before a retry; returns false when the user cancelled meanwhile. */
    private static boolean pause(Duration wait, DownloadControl control) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (control.isCancelled()) {
                    return false;
                }
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                Thread.sleep(Math.max(1, Math.min(PAUSE_SLICE_MILLIS, left)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !control.isCancelled();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public void close() {
        client.close();
    }
}
