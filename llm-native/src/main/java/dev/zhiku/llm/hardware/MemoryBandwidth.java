package dev.zhiku.llm.hardware;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's memory bandwidth, measured once and kept in {@code memory-bandwidth.properties} under a cache
 * directory; measured again when the CPU model differs from the cached one (a moved home directory, a new
 * machine). Cache read or write failures only cost a new measurement.
 */
public final class MemoryBandwidth {

    static final String FILE_NAME = "memory-bandwidth.properties";
    private static final Logger LOG = LoggerFactory.getLogger(MemoryBandwidth.class);

    private final Path cacheFile;
    private final LongSupplier meter;

    /** Measures with a {@link BandwidthMeter} over 256 MB. */
    public MemoryBandwidth(Path cacheDir) {
        this(cacheDir, new BandwidthMeter());
    }

    public MemoryBandwidth(Path cacheDir, LongSupplier meter) {
        this.cacheFile = cacheDir.resolve(FILE_NAME);
        this.meter = meter;
    }

    /** Bytes per second for this CPU model, from the cache or measured now (0 if it cannot be measured). */
    public synchronized long bytesPerSecond(String cpuModel) {
        Properties cached = read();
        if (cpuModel.equals(cached.getProperty("cpuModel"))) {
            long value = parse(cached.getProperty("bytesPerSecond"));
            if (value > 0) {
                return value;
            }
        }
        long measured = meter.getAsLong();
        if (measured > 0) {
            write(cpuModel, measured);
        }
        return measured;
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(cacheFile)) {
            try (Reader reader = Files.newBufferedReader(cacheFile)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable bandwidth cache {}: {}", cacheFile, e.toString());
            }
        }
        return properties;
    }

    private void write(String cpuModel, long bytesPerSecond) {
        Properties properties = new Properties();
        properties.setProperty("cpuModel", cpuModel);
        properties.setProperty("bytesPerSecond", Long.toString(bytesPerSecond));
        properties.setProperty("measuredAt", Instant.now().toString());
        try {
            Files.createDirectories(cacheFile.getParent());
            Path temp = Files.createTempFile(cacheFile.getParent(), FILE_NAME, ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp)) {
                properties.store(writer, "Measured memory read bandwidth; delete to measure again");
            }
            Files.move(temp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save the bandwidth cache {}: {}", cacheFile, e.toString());
        }
    }

    private static long parse(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
