package dev.zhiku.indexer.power;

import dev.zhiku.core.PowerState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads Linux power supplies from {@code /sys/class/power_supply/<name>/{type,online,status,scope}}.
 *
 * <p>An adapter (Mains, USB, Wireless) that is online means mains power. Otherwise a system battery that is
 * discharging, or present while every adapter is offline, means battery. Batteries of devices such as wireless
 * mice ({@code scope} = Device) do not count.
 */
final class SysfsPowerSupplies {

    private SysfsPowerSupplies() {
    }

    static PowerState read(Path powerSupplyDir) {
        if (!Files.isDirectory(powerSupplyDir)) {
            return PowerState.UNKNOWN;
        }
        boolean adapterSeen = false;
        boolean batterySeen = false;
        boolean discharging = false;
        try (DirectoryStream<Path> supplies = Files.newDirectoryStream(powerSupplyDir)) {
            for (Path supply : supplies) {
                String type = value(supply, "type");
                if (type.equals("battery")) {
                    if (value(supply, "scope").equals("device")) {
                        continue;
                    }
                    batterySeen = true;
                    discharging |= value(supply, "status").equals("discharging");
                } else if (type.equals("mains") || type.startsWith("usb") || type.equals("wireless")) {
                    adapterSeen = true;
                    if (value(supply, "online").equals("1")) {
                        return PowerState.MAINS;
                    }
                }
            }
        } catch (IOException e) {
            return PowerState.UNKNOWN;
        }
        if (discharging || (batterySeen && adapterSeen)) {
            return PowerState.BATTERY;
        }
        return batterySeen ? PowerState.MAINS : PowerState.UNKNOWN;
    }

    /** The trimmed, lower-case content of an attribute file, or "" when it is missing or unreadable. */
    private static String value(Path supply, String attribute) {
        try {
            return Files.readString(supply.resolve(attribute), StandardCharsets.UTF_8).trim().toLowerCase(Locale.ROOT);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
