/**
 * What the machine can give a local model: {@link dev.zhiku.llm.hardware.HardwareProbe} reports RAM, cores, CPU
 * model and SIMD features, power state and memory bandwidth as a {@link dev.zhiku.llm.hardware.Hardware} record.
 * Decode speed of a quantized model is bound by memory bandwidth, so {@link
 * dev.zhiku.llm.hardware.MemoryBandwidth} measures it once and caches the figure per CPU model.
 *
 * <p>To support another operating system, implement {@link dev.zhiku.llm.hardware.SystemInfoSource}; it must
 * never throw and answers empty where it cannot tell, so the probe can fall back to what the JVM knows.
 */
package dev.zhiku.llm.hardware;
