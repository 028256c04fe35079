package dev.zhiku.llm.hardware;

import java.util.Optional;

/** One way of asking the operating system about memory and processor. Implementations never throw. */
public interface SystemInfoSource {

    Optional<MemoryInfo> memory();

    Optional<CpuInfo> cpu();
}
