package dev.zhiku.llm.hardware;

import dev.zhiku.core.PowerState;
import java.util.Objects;
import java.util.Set;

/**
 * The facts about this machine that decide which local model runs well.
 *
 * @param totalRamBytes installed memory
 * @param availableRamBytes memory a new process can take without swapping (Linux MemAvailable)
 * @param physicalCores cores, not hyper-threads; equals {@code logicalCores} when the system cannot tell
 * @param logicalCores hardware threads
 * @param cpuModel the CPU's marketing name, {@code "unknown"} when the system does not say
 * @param cpuFeatures lower-case SIMD features relevant to llama.cpp ({@link CpuFeatures}); empty when unknown
 * @param powerState mains, battery or unknown, as the caller's supplier reported it
 * @param memoryBandwidthBytesPerSecond measured read bandwidth, 0 when not measured
 */
public record Hardware(long totalRamBytes, long availableRamBytes, int physicalCores, int logicalCores,
        String cpuModel, Set<String> cpuFeatures, PowerState powerState, long memoryBandwidthBytesPerSecond) {

    public Hardware {
        cpuModel = Objects.requireNonNullElse(cpuModel, "unknown");
        cpuFeatures = Set.copyOf(cpuFeatures);
        powerState = Objects.requireNonNullElse(powerState, PowerState.UNKNOWN);
    }

    /** Whether the CPU is known to have the feature, e.g. {@code "avx2"}. */
    public boolean hasFeature(String feature) {
        return cpuFeatures.contains(feature);
    }
}
