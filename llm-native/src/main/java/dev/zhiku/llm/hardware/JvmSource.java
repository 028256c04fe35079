package dev.zhiku.llm.hardware;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Set;

/** The last resort: what the JVM itself knows (no CPU model, no features, hyper-threads counted as cores). */
public final class JvmSource implements SystemInfoSource {

    @Override
    public Optional<MemoryInfo> memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Optional.of(new MemoryInfo(os.getTotalMemorySize(), os.getFreeMemorySize()));
        }
        long max = Runtime.getRuntime().maxMemory();
        return Optional.of(new MemoryInfo(max, max));
    }

    @Override
    public Optional<CpuInfo> cpu() {
        int logical = Runtime.getRuntime().availableProcessors();
        return Optional.of(new CpuInfo("unknown", logical, logical, Set.of()));
    }
}
