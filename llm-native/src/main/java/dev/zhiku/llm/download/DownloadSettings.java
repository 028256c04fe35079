package dev.zhiku.llm.download;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of {@link ModelDownloader}.
 *
 * @param http proxy and timeouts
 * @param maxRetries how many times a transient failure (network error, 5xx) is retried, resuming each time;
 *     a retry that made progress does not count
 * @param firstBackoff the wait before the first retry; it doubles each time up to {@code maxBackoff}
 * @param maxBackoff the longest wait between retries
 * @param progressInterval the shortest time between two progress events
 * @param spaceMargin bytes that must stay free on the disk on top of the download
 */
public record DownloadSettings(HttpSettings http, int maxRetries, Duration firstBackoff, Duration maxBackoff,
        Duration progressInterval, long spaceMargin) {

    public DownloadSettings {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(progressInterval, "progressInterval");
        if (maxRetries < 0 || spaceMargin < 0) {
            throw new IllegalArgumentException("maxRetries and spaceMargin must not be negative");
        }
    }

    /** Five retries from 1 s up to 30 s, progress every 200 ms, 200 MB kept free. */
    public static DownloadSettings defaults() {
        return new DownloadSettings(HttpSettings.defaults(), 5, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMillis(200), 200L * 1024 * 1024);
    }

    public DownloadSettings withHttp(HttpSettings newHttp) {
        return new DownloadSettings(newHttp, maxRetries, firstBackoff, maxBackoff, progressInterval, spaceMargin);
    }

    public DownloadSettings withRetries(int newMaxRetries, Duration newFirstBackoff) {
        return new DownloadSettings(http, newMaxRetries, newFirstBackoff, maxBackoff, progressInterval,
                spaceMargin);
    }

    public DownloadSettings withProgressInterval(Duration interval) {
        return new DownloadSettings(http, maxRetries, firstBackoff, maxBackoff, interval, spaceMargin);
    }

    Duration backoff(int failures) {
        long millis = firstBackoff.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
