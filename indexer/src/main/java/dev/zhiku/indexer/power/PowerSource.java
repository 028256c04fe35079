package dev.zhiku.indexer.power;

import dev.zhiku.core.PowerState;
import dev.zhiku.core.system.CommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether the machine runs on battery, so heavy indexing can wait for a charger.
 *
 * <p>Linux reads sysfs; macOS asks {@code pmset -g batt}; Windows asks PowerShell for the power line status.
 * Whatever cannot be read counts as {@link PowerState#UNKNOWN}, which is not battery. Each call asks the
 * operating system afresh (on macOS and Windows that starts a process), so callers should not poll it often.
 */
public final class PowerSource {

    private static final Path LINUX_SYSFS = Path.of("/sys/class/power_supply");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> PMSET = List.of("pmset", "-g", "batt");
    private static final List<String> POWERSHELL = List.of("powershell", "-NoProfile", "-NonInteractive",
            "-Command", "Add-Type -AssemblyName System.Windows.Forms; "
                    + "[System.Windows.Forms.SystemInformation]::PowerStatus.PowerLineStatus");

    private final Path sysfsPowerSupply;
    private final String osName;

    /** Reads this machine's power supply. */
    public PowerSource() {
        this(LINUX_SYSFS, System.getProperty("os.name", ""));
    }

    /**
     * @param sysfsPowerSupply the folder that holds Linux power supplies ({@code /sys/class/power_supply})
     * @param osName           the operating system, as in the {@code os.name} system property
     */
    public PowerSource(Path sysfsPowerSupply, String osName) {
        this.sysfsPowerSupply = sysfsPowerSupply;
        this.osName = osName.toLowerCase(Locale.ROOT);
    }

    public PowerState state() {
        if (osName.contains("mac")) {
            return new CommandRunner(COMMAND_TIMEOUT).run(PMSET).map(PowerSource::fromPmset).orElse(PowerState.UNKNOWN);
        }
        if (osName.contains("win")) {
            return new CommandRunner(COMMAND_TIMEOUT).run(POWERSHELL)
                    .map(PowerSource::fromPowerLineStatus).orElse(PowerState.UNKNOWN);
        }
        return SysfsPowerSupplies.read(sysfsPowerSupply);
    }

    public boolean onBattery() {
        return state() == PowerState.BATTERY;
    }

    /** Reads the first line of {@code pmset -g batt}: "Now drawing from 'Battery Power'". */
    static PowerState fromPmset(String output) {
        if (output.contains("'Battery Power'")) {
            return PowerState.BATTERY;
        }
        return output.contains("'AC Power'") ? PowerState.MAINS : PowerState.UNKNOWN;
    }

    /** Reads Windows' PowerLineStatus: Online, Offline or Unknown. */
    static PowerState fromPowerLineStatus(String output) {
        String status = output.trim().toLowerCase(Locale.ROOT);
        if (status.startsWith("offline")) {
            return PowerState.BATTERY;
        }
        return status.startsWith("online") ? PowerState.MAINS : PowerState.UNKNOWN;
    }
}
