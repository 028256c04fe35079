package dev.zhiku.llm.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Throttling, sliding-window speed and ETA, on a clock the test moves by hand. */
class ProgressMeterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<DownloadProgress> events = new ArrayList<>();
    private final ProgressMeter meter = new ProgressMeter(events::add, Duration.ofMillis(200), nanos::get);

    private void advance(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void eventsComeAtMostEvery200Millis() {
        meter.update(0, 1000);
        for (int i = 1; i <= 10; i++) {
            advance(50);
            meter.update(i * 10L, 1000);
        }
        assertEquals(List.of(0L, 40L, 80L), events.stream().map(DownloadProgress::bytesDone).toList());
    }

    @Test
    void speedAndEtaFollowTheRecentBytes() {
        meter.update(0, 10_000);
        advance(1000);
        meter.update(1000, 10_000);
        DownloadProgress last = events.getLast();
        assertEquals(1000.0, last.bytesPerSecond(), 1e-6);
        assertEquals(Duration.ofSeconds(9), last.eta());
    }

    @Test
    void oldSamplesLeaveTheWindow() {
        meter.update(0, -1);
        advance(1000);
        meter.update(100_000, -1);
        for (int i = 1; i <= 10; i++) {
            advance(1000);
            meter.update(100_000 + i * 10L, -1);
        }
        DownloadProgress last = events.getLast();
        assertEquals(10.0, last.bytesPerSecond(), 1e-6);
        assertNull(last.eta(), "no ETA without a total");
        assertEquals(-1, last.fraction());
    }

    @Test
    void finishAlwaysReports() {
        meter.update(0, 10);
        meter.finish(10, 10);
        assertEquals(2, events.size());
        assertEquals(1.0, events.getLast().fraction());
    }
}
