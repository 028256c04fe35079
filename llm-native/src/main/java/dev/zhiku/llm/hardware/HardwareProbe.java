package dev.zhiku.llm.hardware;

import dev.zhiku.core.PowerState;
import dev.zhiku.core.system.CommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Finds out what this machine offers a local model. Asks one operating-system source, fills whatever it could
 * not tell from the JVM, and asks the bandwidth function for the CPU model it found. Never throws.
 */
public final class HardwareProbe {

    private final SystemInfoSource source;
    private final SystemInfoSource fallback = new JvmSource();
    private final Supplier<PowerState> power;
    private final ToLongFunction<String> bandwidth;

    /**
     * @param source the operating system's answers
     * @param power the caller's view of mains or battery
     * @param bandwidth memory bandwidth in bytes per second for a CPU model, e.g. {@link MemoryBandwidth}
     */
    public HardwareProbe(SystemInfoSource source, Supplier<PowerState> power, ToLongFunction<String> bandwidth) {
        this.source = source;
        this.power = power;
        this.bandwidth = bandwidth;
    }

    /** The probe for the running machine, caching the bandwidth measurement under {@code cacheDir}. */
    public static HardwareProbe forThisMachine(Supplier<PowerState> power, Path cacheDir) {
        MemoryBandwidth memoryBandwidth = new MemoryBandwidth(cacheDir);
        return new HardwareProbe(sourceFor(OsFamily.current(), Path.of("/proc")), power,
                memoryBandwidth::bytesPerSecond);
    }

    static SystemInfoSource sourceFor(OsFamily os, Path procRoot) {
        CommandRunner runner = new CommandRunner(Duration.ofSeconds(3));
        return switch (os) {
            case MAC -> new MacSysctlSource(runner);
            case WINDOWS -> new WindowsWmicSource(runner);
            case LINUX, OTHER -> new LinuxProcSource(procRoot);
        };
    }

    public Hardware probe() {
        MemoryInfo memory = safely(source::memory).or(fallback::memory).orElse(new MemoryInfo(0, 0));
        CpuInfo cpu = safely(source::cpu).or(fallback::cpu).orElseThrow();
        PowerState powerState = safely(() -> Optional.ofNullable(power.get())).orElse(PowerState.UNKNOWN);
        long bytesPerSecond = safely(() -> Optional.of(bandwidth.applyAsLong(cpu.model()))).orElse(0L);
        return new Hardware(memory.totalBytes(), memory.availableBytes(), cpu.physicalCores(), cpu.logicalCores(),
                cpu.model(), cpu.features(), powerState, bytesPerSecond);
    }

    private static <T> Optional<T> safely(Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
