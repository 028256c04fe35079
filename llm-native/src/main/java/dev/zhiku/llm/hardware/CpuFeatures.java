package dev.zhiku.llm.hardware;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reduces an operating system's list of CPU flags to the SIMD features llama.cpp cares about. */
public final class CpuFeatures {

    private static final Set<String> KEPT = Set.of("sse3", "ssse3", "sse4_1", "sse4_2", "avx", "avx2", "fma",
            "f16c", "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni", "amx_tile",
            "amx_int8", "amx_bf16", "neon", "dotprod", "fp16", "i8mm", "sve", "sve2");

    /** Other spellings of the same feature: ARM's cpuinfo, macOS sysctl. */
    private static final Map<String, String> ALIASES = Map.of("asimd", "neon", "asimddp", "dotprod",
            "asimdhp", "fp16", "pni", "sse3", "sse4.1", "sse4_1", "sse4.2", "sse4_2", "avx1.0", "avx",
            "fma3", "fma", "avx512vnni", "avx512_vnni");

    private CpuFeatures() {
    }

    /** The features among {@code raw} that matter, lower-case, in a stable order. */
    public static Set<String> normalize(Collection<String> raw) {
        Set<String> kept = new TreeSet<>();
        for (String flag : raw) {
            String lower = flag.strip().toLowerCase(Locale.ROOT);
            String name = ALIASES.getOrDefault(lower, lower);
            if (KEPT.contains(name)) {
                kept.add(name);
            }
        }
        return kept;
    }
}
