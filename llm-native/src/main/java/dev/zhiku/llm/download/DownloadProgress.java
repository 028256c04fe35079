package dev.zhiku.llm.download;

import java.time.Duration;

/**
 * A snapshot of a running download.
 *
 * @param bytesDone bytes in the part file, including those from an earlier, resumed run
 * @param bytesTotal the full size, or -1 when the server did not say
 * @param bytesPerSecond the speed over the last few seconds
 * @param eta the estimated time left, or {@code null} when the size or speed is unknown
 */
public record DownloadProgress(long bytesDone, long bytesTotal, double bytesPerSecond, Duration eta) {

    /** The finished fraction in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return bytesTotal <= 0 ? -1 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
