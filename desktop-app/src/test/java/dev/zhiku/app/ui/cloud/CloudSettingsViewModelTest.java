package dev.zhiku.app.ui.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.DirectUiExecutor;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudPreset;
import dev.zhiku.rag.cloud.EncryptedFileSecretStore;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Cloud without the FX thread: the real settings file and the real encrypted secret store. */
class CloudSettingsViewModelTest {

    @TempDir
    Path home;
    private SecretStore secrets;
    private final SimpleObjectProperty<EscalationPolicy> applied = new SimpleObjectProperty<>(EscalationPolicy.NEVER);
    private CloudSettingsViewModel vm;

    @BeforeEach
    void create() {
        secrets = EncryptedFileSecretStore.open(home.resolve("secrets"));
        vm = new CloudSettingsViewModel(() -> CloudConfig.load(home), c -> c.save(home), () -> secrets,
                new DirectUiExecutor(), applied);
        vm.load();
    }

    @Test
    void aNewHomeAsksEachTimeWithNoServiceAndNoKey() {
        assertEquals(EscalationPolicy.ASK, vm.policyProperty().get());
        assertEquals("", vm.baseUriProperty().get());
        assertFalse(vm.keyStoredProperty().get());
    }

    @Test
    void aPresetFillsTheAddressAndModelAndSavingStoresTheKeyEncrypted() throws Exception {
        vm.applyPreset(CloudPreset.all().get(1));
        vm.apiKeyProperty().set("  sk-abc-123  ");
        vm.redactTermsProperty().set("Project Falcon\n\n  Li Wei \n");
        vm.policyProperty().set(EscalationPolicy.AUTO);

        assertTrue(vm.save());

        assertEquals(CloudSettingsViewModel.Feedback.SAVED, vm.feedbackProperty().get());
        assertEquals(new CloudConfig(EscalationPolicy.AUTO, "https://api.deepseek.com/v1", "deepseek-chat", 32_768,
                List.of("Project Falcon", "Li Wei")), CloudConfig.load(home));
        assertEquals("sk-abc-123", secrets.get(SecretStore.CLOUD_API_KEY).orElseThrow());
        assertEquals("", vm.apiKeyProperty().get(), "the form forgets the key");
        assertTrue(vm.keyStoredProperty().get());
        assertEquals(EscalationPolicy.AUTO, applied.get(), "the chat follows the saved policy");
        assertFalse(Files.readString(home.resolve(CloudConfig.FILE_NAME)).contains("sk-abc-123"));
    }

    @Test
    void aBadAddressOrAMissingModelIsRefusedAndNothingIsSaved() {
        vm.baseUriProperty().set("api.example.com/v1");
        vm.modelProperty().set("m");
        assertFalse(vm.save());
        assertEquals(CloudSettingsViewModel.Feedback.BAD_ADDRESS, vm.feedbackProperty().get());
        vm.baseUriProperty().set("https://api.example.com/v1");
        vm.modelProperty().set(" ");
        assertFalse(vm.save());
        assertEquals(CloudSettingsViewModel.Feedback.NO_MODEL, vm.feedbackProperty().get());
        assertFalse(Files.exists(home.resolve(CloudConfig.FILE_NAME)));
        assertEquals(EscalationPolicy.NEVER, applied.get());
    }

    @Test
    void removingTheKeyDeletesItFromTheStore() {
        secrets.put(SecretStore.CLOUD_API_KEY, "sk-old");
        vm.load();
        assertTrue(vm.keyStoredProperty().get());
        vm.removeKey();
        assertFalse(vm.keyStoredProperty().get());
        assertTrue(secrets.get(SecretStore.CLOUD_API_KEY).isEmpty());
        assertEquals(CloudSettingsViewModel.Feedback.KEY_REMOVED, vm.feedbackProperty().get());
    }

    @Test
    void savingWithoutTypingAKeyKeepsTheStoredOne() {
        secrets.put(SecretStore.CLOUD_API_KEY, "sk-kept");
        vm.load();
        vm.baseUriProperty().set("http://127.0.0.1:11434/v1");
        vm.modelProperty().set("qwen2.5:7b");
        assertTrue(vm.save());
        assertEquals("sk-kept", secrets.get(SecretStore.CLOUD_API_KEY).orElseThrow());
    }
}
