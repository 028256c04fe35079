package dev.zhiku.app.ui;

/** The version of the running Zhiku, from the jar's manifest (a development build has none). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
