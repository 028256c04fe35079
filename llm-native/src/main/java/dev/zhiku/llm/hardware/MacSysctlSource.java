package dev.zhiku.llm.hardware;

import dev.zhiku.core.system.CommandRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** macOS, best effort: {@code sysctl} for cores, model and features; {@code vm_stat} for available memory. */
public final class MacSysctlSource implements SystemInfoSource {

    private final CommandRunner runner;

    public MacSysctlSource(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public Optional<MemoryInfo> memory() {
        OptionalLong total = number("hw.memsize");
        if (total.isEmpty()) {
            return Optional.empty();
        }
        long available = runner.run(List.of("vm_stat")).stream().mapToLong(MacSysctlSource::availableFromVmStat)
                .findFirst().orElse(0);
        return Optional.of(new MemoryInfo(total.getAsLong(), available));
    }

    @Override
    public Optional<CpuInfo> cpu() {
        OptionalLong logical = number("hw.logicalcpu");
        if (logical.isEmpty()) {
            return Optional.empty();
        }
        int physical = (int) number("hw.physicalcpu").orElse(logical.getAsLong());
        String model = text("machdep.cpu.brand_string").orElse("unknown");
        List<String> flags = new ArrayList<>();
        text("machdep.cpu.features").ifPresent(f -> flags.addAll(List.of(f.split("\\s+"))));
        text("machdep.cpu.leaf7_features").ifPresent(f -> flags.addAll(List.of(f.split("\\s+"))));
        for (String arm : List.of("neon", "arm.FEAT_DotProd", "arm.FEAT_I8MM", "arm.FEAT_FP16")) {
            if (number("hw.optional." + arm).orElse(0) == 1) {
                flags.add(arm.startsWith("arm.FEAT_") ? arm.substring(9) : arm);
            }
        }
        return Optional.of(new CpuInfo(model, physical, (int) logical.getAsLong(), CpuFeatures.normalize(flags)));
    }

    /** Free, inactive, speculative and purgeable pages of {@code vm_stat} output, in bytes. */
    static long availableFromVmStat(String output) {
        long pageSize = 4096;
        long pages = 0;
        for (String line : output.lines().toList()) {
            if (line.contains("page size of")) {
                pageSize = parseLong(line.replaceAll(".*page size of (\\d+).*", "$1"), pageSize);
            }
            for (String key : List.of("Pages free", "Pages inactive", "Pages speculative", "Pages purgeable")) {
                if (line.startsWith(key + ":")) {
                    pages += parseLong(line.substring(key.length() + 1).replace(".", "").strip(), 0);
                }
            }
        }
        return pages * pageSize;
    }

    private Optional<String> text(String key) {
        return runner.run(List.of("sysctl", "-n", key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private OptionalLong number(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        long parsed = parseLong(value.get(), -1);
        return parsed < 0 ? OptionalLong.empty() : OptionalLong.of(parsed);
    }

    private static long parseLong(String value, long fallback) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
