package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZhikuLauncherTest {

    @Test
    void aStartFailureSaysWhatToDoAboutIt() {
        assertTrue(ZhikuLauncher.nextStep("Unable to load glass GTK library.").contains("libgtk-3-0"));
        assertTrue(ZhikuLauncher.nextStep("Unable to open DISPLAY").contains("zhiku --help"));
        assertTrue(ZhikuLauncher.nextStep("Out of memory").contains("logs folder"));
    }

    /**
     * The window as {@code zhiku --self-test --home H} starts it, in a JVM of its own (the logging is set up once per
     * JVM) with the product's logging configuration: its log is in the home, owner-only, and nothing of it is in
     * the shared temporary folder. It was written to {@code $TMPDIR/zhiku.log}, readable by every user; such a log
     * left by an earlier version is closed to other users.
     */
    @Test
    void theWindowLogsIntoItsHomeAndNothingIntoTheSharedTemporaryFolder(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path old = Files.writeString(tmp.resolve("zhiku.log"), "an earlier version's log\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-XX:+UseSerialGC", "-Dlogback.configurationFile=logback.xml", "-Djava.io.tmpdir=" + tmp,
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                "dev.zhiku.app.Main", "--self-test", "--home", home.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the self-test ended");
        assertEquals(0, p.exitValue(), output);

        Path log = home.resolve("logs").resolve("zhiku.log");
        assertTrue(Files.isRegularFile(log), "the window's log is in its home: " + output);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(log));
        assertEquals("an earlier version's log\n", Files.readString(old), "nothing more in the shared folder");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(old),
                "the earlier version's log there is closed to other users");
    }
}
