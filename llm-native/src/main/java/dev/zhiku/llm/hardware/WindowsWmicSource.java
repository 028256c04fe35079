package dev.zhiku.llm.hardware;

import dev.zhiku.core.system.CommandRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Windows, best effort through {@code wmic} (missing on the newest Windows 11 builds, where the probe falls back
 * to the JVM's figures). CPU features are not reported here and stay empty, meaning unknown.
 */
public final class WindowsWmicSource implements SystemInfoSource {

    private final CommandRunner runner;

    public WindowsWmicSource(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public Optional<MemoryInfo> memory() {
        Map<String, String> os = values(List.of("wmic", "OS", "get", "FreePhysicalMemory,TotalVisibleMemorySize",
                "/value"));
        long totalKb = parseLong(os.get("TotalVisibleMemorySize"));
        if (totalKb <= 0) {
            return Optional.empty();
        }
        return Optional.of(new MemoryInfo(totalKb * 1024, Math.max(0, parseLong(os.get("FreePhysicalMemory"))) * 1024));
    }

    @Override
    public Optional<CpuInfo> cpu() {
        Map<String, String> cpu = values(List.of("wmic", "cpu", "get", "Name,NumberOfCores,NumberOfLogicalProcessors",
                "/value"));
        long logical = parseLong(cpu.get("NumberOfLogicalProcessors"));
        if (logical <= 0) {
            return Optional.empty();
        }
        long physical = parseLong(cpu.get("NumberOfCores"));
        return Optional.of(new CpuInfo(cpu.getOrDefault("Name", "unknown"), (int) (physical > 0 ? physical : logical),
                (int) logical, Set.of()));
    }

    /** {@code Key=Value} lines of {@code wmic ... /value}; the first value of each key wins. */
    static Map<String, String> parseValues(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return values;
    }

    private Map<String, String> values(List<String> command) {
        return runner.run(command).map(WindowsWmicSource::parseValues).orElse(Map.of());
    }

    private static long parseLong(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
