package dev.zhiku.llm.download;

import java.util.Locale;

/** Writes byte counts the way a person reads them: "812 KB", "1.9 GB". */
final class ByteSize {

    private static final String[] UNITS = {"bytes", "KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String pattern = value < 10 ? "%.1f %s" : "%.0f %s";
        return String.format(Locale.ROOT, pattern, value, UNITS[unit]);
    }
}
