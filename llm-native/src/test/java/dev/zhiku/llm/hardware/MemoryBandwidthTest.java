package dev.zhiku.llm.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBandwidthTest {

    @TempDir
    Path cache;

    private final AtomicInteger measurements = new AtomicInteger();
    private final LongSupplier meter = () -> 5_000_000_000L + measurements.incrementAndGet();

    @Test
    void measuresOnceAndReusesTheCachedFigureAcrossInstances() {
        long first = new MemoryBandwidth(cache, meter).bytesPerSecond("CPU A");
        long second = new MemoryBandwidth(cache, meter).bytesPerSecond("CPU A");

        assertEquals(1, measurements.get());
        assertEquals(first, second);
        assertTrue(Files.isRegularFile(cache.resolve(MemoryBandwidth.FILE_NAME)));
    }

    @Test
    void measuresAgainWhenTheCpuModelChanges() {
        MemoryBandwidth bandwidth = new MemoryBandwidth(cache, meter);
        bandwidth.bytesPerSecond("CPU A");
        long other = bandwidth.bytesPerSecond("CPU B");

        assertEquals(2, measurements.get());
        assertEquals(other, bandwidth.bytesPerSecond("CPU B"));
        assertEquals(2, measurements.get());
    }

    @Test
    void aCorruptCacheOnlyCostsANewMeasurement() throws IOException {
        Files.writeString(cache.resolve(MemoryBandwidth.FILE_NAME), "cpuModel=CPU A\nbytesPerSecond=lots\n");

        long measured = new MemoryBandwidth(cache, meter).bytesPerSecond("CPU A");

        assertEquals(1, measurements.get());
        assertEquals(5_000_000_001L, measured);
    }

    @Test
    void theRealMeterReportsAPositiveFigureOnASmallArray() {
        assertTrue(new BandwidthMeter(16, 2).getAsLong() > 0);
    }
}
