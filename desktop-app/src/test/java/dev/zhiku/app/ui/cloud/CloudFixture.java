package dev.zhiku.app.ui.cloud;

import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.AppShell;
import dev.zhiku.app.ui.FxUiExecutor;
import dev.zhiku.app.ui.I18n;
import dev.zhiku.app.ui.Language;
import dev.zhiku.app.ui.Theme;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/**
 * A home for the cloud UI tests: a public folder with a contact (an e-mail address and a phone number) and a private
 * diary, indexed keyword-only by the real indexer, and a {@link LoopbackCloud} to ask.
 */
final class CloudFixture implements AutoCloseable {

    static final String EMAIL = "li.wei@seating.example.com";
    static final String PHONE = "138 1234 5678";
    static final String QUESTION = "Who is the contact for the office chairs?";

    final Path home;
    final LoopbackCloud cloud;

    private CloudFixture(Path home, LoopbackCloud cloud) {
        this.home = home;
        this.cloud = cloud;
    }

    static CloudFixture create(Path temp) throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("chairs.md"), "# Office chairs\n\nThe supplier of the office chairs is "
                + "Hangzhou Seating. Our contact there is Li Wei, e-mail " + EMAIL + ", phone " + PHONE
                + ". Each office chair costs 800 yuan.\n", StandardCharsets.UTF_8);
        Path diary = Files.createDirectories(temp.resolve("diary"));
        Files.writeString(diary.resolve("diary.md"), "# Diary\n\nThe hint for the garden gate code is the "
                + "birthday of grandmother Wang.\n", StandardCharsets.UTF_8);
        Path home = temp.resolve("home");
        LoopbackCloud.index(home, docs, false);
        LoopbackCloud.index(home, diary, true);
        return new CloudFixture(home, LoopbackCloud.start(temp));
    }

    /**
     * The app's services over the home, the cloud set up (policy "ask", the right key) and the audit log empty,
     * shown in {@code stage}; call on the FX thread.
     */
    AppServices show(Stage stage, Language language) {
        AppServices services = new AppServices(new ZhikuHome(home), UiSettings.load(home), false);
        services.wiring().saveCloudConfig(new CloudConfig(EscalationPolicy.ASK, cloud.server().baseUri().toString(),
                cloud.server().modelId(), 8_192, List.of()));
        services.wiring().secrets().put(SecretStore.CLOUD_API_KEY, LoopbackCloud.TOKEN);
        services.auditLog().deleteAll();
        AppShell shell = new AppShell(services, new I18n(language), new SimpleObjectProperty<>(Theme.LIGHT),
                new FxUiExecutor());
        stage.setScene(shell.scene());
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
        shell.start();
        return services;
    }

    @Override
    public void close() {
        cloud.close();
    }
}
