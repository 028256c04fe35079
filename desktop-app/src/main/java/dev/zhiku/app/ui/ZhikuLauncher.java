package dev.zhiku.app.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Application;

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
            Application.launch(ZhikuApp.class, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ZhikuLauncher.class).info("the window could not start", e);
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
