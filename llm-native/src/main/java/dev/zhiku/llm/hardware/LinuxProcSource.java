package dev.zhiku.llm.hardware;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads {@code meminfo} and {@code cpuinfo} under a proc root ({@code /proc}, or a fake tree in tests). */
public final class LinuxProcSource implements SystemInfoSource {

    private static final Logger LOG = LoggerFactory.getLogger(LinuxProcSource.class);

    private final Path procRoot;

    public LinuxProcSource(Path procRoot) {
        this.procRoot = procRoot;
    }

    /** Whether this looks like a Linux proc tree at all. */
    public boolean isPresent() {
        return Files.isReadable(procRoot.resolve("meminfo"));
    }

    @Override
    public Optional<MemoryInfo> memory() {
        return lines("meminfo").flatMap(MemInfoParser::parse);
    }

    @Override
    public Optional<CpuInfo> cpu() {
        return lines("cpuinfo").flatMap(CpuInfoParser::parse);
    }

    private Optional<List<String>> lines(String name) {
        Path file = procRoot.resolve(name);
        try {
            return Optional.of(Files.readAllLines(file));
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
