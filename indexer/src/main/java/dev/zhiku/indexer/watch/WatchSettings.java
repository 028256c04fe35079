package dev.zhiku.indexer.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FolderWatcher} groups changes and how often it asks for a full rescan.
 *
 * @param quietPeriod    a batch is delivered once no change has arrived for this long
 * @param maxDelay       a batch is delivered at the latest this long after its first change, even if changes
 *                       keep coming (a log file written every second would otherwise never be delivered)
 * @param rescanInterval how often the periodic rescan runs; catches what the operating system did not report
 */
public record WatchSettings(Duration quietPeriod, Duration maxDelay, Duration rescanInterval) {

    public WatchSettings {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(rescanInterval, "rescanInterval");
        if (quietPeriod.isNegative() || maxDelay.compareTo(quietPeriod) < 0 || rescanInterval.isNegative()
                || rescanInterval.isZero()) {
            throw new IllegalArgumentException("need 0 <= quietPeriod <= maxDelay and a positive rescanInterval");
        }
    }

    /** 750 ms quiet period, at most 10 s delay, a rescan every 10 minutes. */
    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofMillis(750), Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    public WatchSettings withQuietPeriod(Duration quiet) {
        Duration max = maxDelay.compareTo(quiet) < 0 ? quiet : maxDelay;
        return new WatchSettings(quiet, max, rescanInterval);
    }

    public WatchSettings withRescanInterval(Duration interval) {
        return new WatchSettings(quietPeriod, maxDelay, interval);
    }
}
