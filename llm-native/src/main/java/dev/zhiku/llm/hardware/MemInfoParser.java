package dev.zhiku.llm.hardware;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Parses Linux {@code /proc/meminfo}: MemTotal and MemAvailable (MemFree + Cached on kernels before 3.14). */
final class MemInfoParser {

    private MemInfoParser() {
    }

    static Optional<MemoryInfo> parse(List<String> lines) {
        OptionalLong total = kilobytes(lines, "MemTotal");
        if (total.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong available = kilobytes(lines, "MemAvailable");
        long availableKb = available.isPresent() ? available.getAsLong()
                : kilobytes(lines, "MemFree").orElse(0) + kilobytes(lines, "Cached").orElse(0);
        return Optional.of(new MemoryInfo(total.getAsLong() * 1024, availableKb * 1024));
    }

    private static OptionalLong kilobytes(List<String> lines, String key) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(key)) {
                String value = line.substring(colon + 1).strip().split("\\s+")[0];
                try {
                    return OptionalLong.of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
