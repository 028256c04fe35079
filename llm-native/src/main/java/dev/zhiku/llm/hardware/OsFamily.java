package dev.zhiku.llm.hardware;

import java.util.Locale;

/** The operating systems the probe knows how to ask. */
public enum OsFamily {
    LINUX, MAC, WINDOWS, OTHER;

    /** The family of the running JVM's operating system. */
    public static OsFamily current() {
        return of(System.getProperty("os.name", ""));
    }

    /** The family for an {@code os.name} value. */
    public static OsFamily of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return name.startsWith("windows") ? WINDOWS : OTHER;
    }
}
