package dev.zhiku.llm.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.PowerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareProbeTest {

    @TempDir
    Path proc;

    @Test
    void readsAFakeProcTreeWithTwoSocketsOfFourHyperThreadedCores() throws IOException {
        Files.writeString(proc.resolve("meminfo"), """
                MemTotal:       16303476 kB
                MemFree:         1203100 kB
                MemAvailable:   10485760 kB
                Buffers:          204800 kB
                Cached:          8000000 kB
                """);
        Files.write(proc.resolve("cpuinfo"), cpuinfo(2, 4, 2));
        List<String> askedFor = new ArrayList<>();
        HardwareProbe probe = new HardwareProbe(new LinuxProcSource(proc), () -> PowerState.BATTERY, model -> {
            askedFor.add(model);
            return 12_000_000_000L;
        });

        Hardware hardware = probe.probe();

        assertEquals(16303476L * 1024, hardware.totalRamBytes());
        assertEquals(10485760L * 1024, hardware.availableRamBytes());
        assertEquals(8, hardware.physicalCores());
        assertEquals(16, hardware.logicalCores());
        assertEquals("Intel(R) Xeon(R) Fake CPU @ 2.00GHz", hardware.cpuModel());
        assertEquals(Set.of("sse3", "ssse3", "sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f"),
                hardware.cpuFeatures());
        assertEquals(PowerState.BATTERY, hardware.powerState());
        assertEquals(12_000_000_000L, hardware.memoryBandwidthBytesPerSecond());
        assertEquals(List.of("Intel(R) Xeon(R) Fake CPU @ 2.00GHz"), askedFor);
    }

    @Test
    void armCpuinfoWithoutCoreIdsCountsEveryProcessorAndMapsNeon() throws IOException {
        Files.writeString(proc.resolve("meminfo"), "MemTotal: 8000000 kB\nMemFree: 1000 kB\nCached: 3000 kB\n");
        StringBuilder cpuinfo = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            cpuinfo.append("processor\t: ").append(i).append('\n')
                    .append("Features\t: fp asimd evtstrm aes crc32 asimdhp asimddp\n\n");
        }
        cpuinfo.append("Model\t\t: Raspberry Pi 5 Model B Rev 1.0\n");
        Files.writeString(proc.resolve("cpuinfo"), cpuinfo);

        Hardware hardware = new HardwareProbe(new LinuxProcSource(proc), () -> PowerState.MAINS, m -> 0).probe();

        assertEquals(4, hardware.physicalCores());
        assertEquals(4, hardware.logicalCores());
        assertEquals(4000L * 1024, hardware.availableRamBytes(), "MemFree + Cached without MemAvailable");
        assertEquals(Set.of("neon", "fp16", "dotprod"), hardware.cpuFeatures());
        assertEquals("Raspberry Pi 5 Model B Rev 1.0", hardware.cpuModel());
    }

    @Test
    void missingProcFilesFallBackToTheJvmAndAFailingPowerSupplierIsUnknown() {
        HardwareProbe probe = new HardwareProbe(new LinuxProcSource(proc.resolve("absent")), () -> {
            throw new IllegalStateException("no battery driver");
        }, m -> {
            throw new IllegalStateException("no heap");
        });

        Hardware hardware = probe.probe();

        assertTrue(hardware.totalRamBytes() > 0);
        assertTrue(hardware.logicalCores() >= 1);
        assertEquals(PowerState.UNKNOWN, hardware.powerState());
        assertEquals(0, hardware.memoryBandwidthBytesPerSecond());
    }

    @Test
    void parsesMacVmStatAndWmicValues() {
        String vmStat = """
                Mach Virtual Memory Statistics: (page size of 16384 bytes)
                Pages free:                               10000.
                Pages active:                            500000.
                Pages inactive:                           20000.
                Pages speculative:                         3000.
                Pages purgeable:                           1000.
                """;
        assertEquals(34_000L * 16384, MacSysctlSource.availableFromVmStat(vmStat));
        assertEquals("8", WindowsWmicSource.parseValues("\r\n\r\nNumberOfCores=8\r\nName=Fake CPU\r\n")
                .get("NumberOfCores"));
        assertEquals(OsFamily.MAC, OsFamily.of("Mac OS X"));
        assertEquals(OsFamily.WINDOWS, OsFamily.of("Windows 11"));
    }

    private static List<String> cpuinfo(int sockets, int coresPerSocket, int threadsPerCore) {
        List<String> lines = new ArrayList<>();
        int processor = 0;
        for (int thread = 0; thread < threadsPerCore; thread++) {
            for (int socket = 0; socket < sockets; socket++) {
                for (int core = 0; core < coresPerSocket; core++) {
                    lines.addAll(List.of("processor\t: " + processor++, "vendor_id\t: GenuineIntel",
                            "model name\t: Intel(R) Xeon(R) Fake CPU @ 2.00GHz", "physical id\t: " + socket,
                            "siblings\t: " + coresPerSocket * threadsPerCore, "core id\t\t: " + core,
                            "flags\t\t: fpu vme pni ssse3 fma sse4_1 sse4_2 avx f16c avx2 avx512f lm ht", ""));
                }
            }
        }
        return lines;
    }
}
