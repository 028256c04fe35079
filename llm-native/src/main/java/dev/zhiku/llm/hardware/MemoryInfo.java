package dev.zhiku.llm.hardware;

/** Installed and currently available memory, in bytes. */
public record MemoryInfo(long totalBytes, long availableBytes) {
}
