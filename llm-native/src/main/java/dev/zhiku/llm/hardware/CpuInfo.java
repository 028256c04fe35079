package dev.zhiku.llm.hardware;

import java.util.Set;

/** What a {@link SystemInfoSource} learned about the processor. */
public record CpuInfo(String model, int physicalCores, int logicalCores, Set<String> features) {

    public CpuInfo {
        features = Set.copyOf(features);
    }
}
