package dev.zhiku.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path home;

    @Test
    void openingTheHomeAlsoOpensTheConversationStoreOffTheWindowThread() {
        try (AppServices services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false)) {
            MainViewModel model = new MainViewModel(services, new DirectUiExecutor());
            assertFalse(services.conversationsOpen());

            model.start();

            // The background step opened it, so building the chat screen on the FX thread does not.
            assertTrue(services.conversationsOpen());
            assertEquals(Screen.WELCOME, model.screenProperty().get());
        }
    }
}
