package dev.zhiku.app.ui;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.system.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the window from {@code dev.zhiku.app.Main}. A class that does not extend {@link Application} must do this:
 * on the class path, a main class extending it fails with "JavaFX runtime components are missing".
 */
public final class ZhikuLauncher {

    private static final Set<String> WINDOW_FLAGS = Set.of("--self-test");
    private static volatile Consumer<String> reporter = line -> { };
    private static volatile int exitCode;

    private ZhikuLauncher() {
    }

    /**
     * Makes the log that earlier versions' windows wrote into the shared temporary folder readable by its owner
     * alone, when it is this user's: it names files and folders of the knowledge base. Left in place (it may be
     * wanted for a bug report), never written again.
     */
    static void closeOldTemporaryLog(Path old) {
        try {
            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(old, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && OwnerOnlyFiles.repair(old) > 0) {
                LoggerFactory.getLogger(ZhikuLauncher.class).warn("made {}, the log of an earlier version's window, "
                        + "readable by you alone; Zhiku no longer writes it", old);
            }
        } catch (IOException | RuntimeException e) {
            // not POSIX, or not ours to change: nothing this start can do about it
        }
    }

    /** The home that {@code --home DIR} names, else {@code ZHIKU_HOME}, else the default. */
    static ZhikuHome homeOf(List<String> args) {
        int h = args.indexOf("--home");
        return ZhikuHome.resolve(h >= 0 && h + 1 < args.size() ? Path.of(args.get(h + 1)) : null);
    }

    /** Whether {@code args} ask for the window: none, or only {@code --self-test} and {@code --home DIR}. */
    public static boolean wantsWindow(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if ("--home".equals(args.get(i)) && i + 1 < args.size()) {
                i++;
            } else if (!WINDOW_FLAGS.contains(args.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the app until its window closes; returns the exit code.
     *
     * @param report   receives the self-test's lines ("rendered N ms", …) for standard output
     * @param problems receives the one line that says why the window could not start, for standard error
     */
    public static int launch(List<String> args, Consumer<String> report, Consumer<String> problems) {
        reporter = report;
        try {
            // Before anything logs: the logging opens its file on first use, and only a prepared home points it to
            // the home's own logs folder. ZhikuApp logs from its class initialisation on, before its init() runs,
            // so without this the window's log was a zhiku.log in the shared temporary folder, readable by every
            // user of the PC.
            Wiring.prepareHome(homeOf(args));
            closeOldTemporaryLog(Path.of(System.getProperty("java.io.tmpdir"), "zhiku.log"));
        } catch (IOException | RuntimeException e) {
            problems.accept("zhiku: the Zhiku home cannot be prepared: " + e.getMessage());
            return 1;
        }
        try {
            Application.launch(ZhikuApp.class, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ZhikuLauncher.class).info("the window could not start", e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = String.valueOf(cause.getMessage());
            problems.accept("zhiku: the window could not start: " + why + nextStep(why));
            return 1;
        }
        return exitCode;
    }

    /** What the person can do about a start failure, after its reason. */
    static String nextStep(String why) {
        if (why.contains("DISPLAY")) {
            return " — no desktop session here; the command line works anywhere (zhiku --help)";
        }
        // a machine without a desktop's libraries (a server, a fresh container): JavaFX finds no GTK 3
        if (why.contains("GTK")) {
            return " — the window needs GTK 3 (Debian/Ubuntu: sudo apt-get install libgtk-3-0); the command line "
                    + "works without it (zhiku --help)";
        }
        return " — see the log in the Zhiku home's logs folder";
    }

    static void report(String line) {
        reporter.accept(line);
    }

    static void exitCode(int code) {
        exitCode = code;
    }
}
