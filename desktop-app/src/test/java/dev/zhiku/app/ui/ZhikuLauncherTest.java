package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ZhikuLauncherTest {

    @Test
    void aStartFailureSaysWhatToDoAboutIt() {
        assertTrue(ZhikuLauncher.nextStep("Unable to load glass GTK library.").contains("libgtk-3-0"));
        assertTrue(ZhikuLauncher.nextStep("Unable to open DISPLAY").contains("zhiku --help"));
        assertTrue(ZhikuLauncher.nextStep("Out of memory").contains("logs folder"));
    }
}
