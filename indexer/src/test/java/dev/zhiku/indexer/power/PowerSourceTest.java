package dev.zhiku.indexer.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.PowerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerSourceTest {

    @TempDir
    Path sysfs;

    private void supply(String name, Map<String, String> attributes) throws IOException {
        Path dir = Files.createDirectories(sysfs.resolve(name));
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            Files.writeString(dir.resolve(attribute.getKey()), attribute.getValue() + "\n");
        }
    }

    private PowerSource linux() {
        return new PowerSource(sysfs, "Linux");
    }

    @Test
    void adapterOnlineMeansMains() throws IOException {
        supply("AC", Map.of("type", "Mains", "online", "1"));
        supply("BAT0", Map.of("type", "Battery", "status", "Charging"));
        assertEquals(PowerState.MAINS, linux().state());
        assertFalse(linux().onBattery());
    }

    @Test
    void dischargingBatteryMeansBattery() throws IOException {
        supply("AC", Map.of("type", "Mains", "online", "0"));
        supply("BAT0", Map.of("type", "Battery", "status", "Discharging", "scope", "System"));
        assertEquals(PowerState.BATTERY, linux().state());
        assertTrue(linux().onBattery());
    }

    @Test
    void usbAdapterOnlineWins() throws IOException {
        supply("BAT1", Map.of("type", "Battery", "status", "Discharging"));
        supply("ucsi-source-psy-USBC000:001", Map.of("type", "USB", "online", "1"));
        assertEquals(PowerState.MAINS, linux().state());
    }

    @Test
    void mouseBatteryDoesNotCount() throws IOException {
        supply("hid-mouse-battery", Map.of("type", "Battery", "status", "Discharging", "scope", "Device"));
        assertEquals(PowerState.UNKNOWN, linux().state());
        assertFalse(linux().onBattery());
    }

    @Test
    void noSuppliesMeansUnknownAndNotBattery() throws IOException {
        assertEquals(PowerState.UNKNOWN, linux().state());
        PowerSource missing = new PowerSource(sysfs.resolve("no-such-dir"), "Linux");
        assertEquals(PowerState.UNKNOWN, missing.state());
        assertFalse(missing.onBattery());
    }

    @Test
    void readsMacAndWindowsAnswers() {
        assertEquals(PowerState.BATTERY, PowerSource.fromPmset(
                "Now drawing from 'Battery Power'\n -InternalBattery-0 (id=1)\t80%; discharging; 4:01 remaining"));
        assertEquals(PowerState.MAINS, PowerSource.fromPmset("Now drawing from 'AC Power'\n"));
        assertEquals(PowerState.UNKNOWN, PowerSource.fromPmset(""));
        assertEquals(PowerState.BATTERY, PowerSource.fromPowerLineStatus("Offline\r\n"));
        assertEquals(PowerState.MAINS, PowerSource.fromPowerLineStatus("Online\r\n"));
        assertEquals(PowerState.UNKNOWN, PowerSource.fromPowerLineStatus("Unknown"));
    }
}
