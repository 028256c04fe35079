package dev.zhiku.llm.hardware;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses Linux {@code /proc/cpuinfo}. Physical cores are the distinct (physical id, core id) pairs; where the
 * kernel omits them (many ARM boards, some VMs) every logical processor counts as a core.
 */
final class CpuInfoParser {

    private CpuInfoParser() {
    }

    static Optional<CpuInfo> parse(List<String> lines) {
        int logical = 0;
        Set<String> cores = new HashSet<>();
        List<String> flags = new ArrayList<>();
        String model = null;
        String physicalId = "0";
        String coreId = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "processor" -> {
                    logical++;
                    addCore(cores, physicalId, coreId);
                    physicalId = "0";
                    coreId = null;
                }
                case "physical id" -> physicalId = value;
                case "core id" -> coreId = value;
                case "model name", "Model", "Hardware" -> model = model == null ? value : model;
                case "flags", "Features" -> {
                    if (flags.isEmpty()) {
                        flags.addAll(List.of(value.split("\\s+")));
                    }
                }
                default -> { }
            }
        }
        addCore(cores, physicalId, coreId);
        if (logical == 0) {
            return Optional.empty();
        }
        int physical = cores.isEmpty() ? logical : cores.size();
        return Optional.of(new CpuInfo(model == null ? "unknown" : model, physical, logical,
                CpuFeatures.normalize(flags)));
    }

    private static void addCore(Set<String> cores, String physicalId, String coreId) {
        if (coreId != null) {
            cores.add(physicalId + "/" + coreId);
        }
    }
}
