package dev.zhiku.app.ui.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import dev.zhiku.app.ui.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: a folder added as private shows in the list with its badge. */
@ExtendWith(ApplicationExtension.class)
class KnowledgeViewFlowTest {

    @TempDir
    static Path temp;

    private IndexerIndexingService service;
    private KnowledgeViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        service = SampleDocuments.service(temp.resolve("home"));
        service.addFolders(List.of(SampleDocuments.write(temp.resolve("docs"))), true);
        model = new KnowledgeViewModel(service, UiExecutor.fx());
        ResourceBundle bundle = KnowledgeView.bundle(Locale.ENGLISH);
        stage.setScene(new Scene(new KnowledgeView(model, bundle), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        service.close();
    }

    @Test
    void aPrivateFolderShowsItsBadge(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".private-badge").tryQuery().isPresent());
        Label badge = robot.lookup(".private-badge").queryAs(Label.class);
        assertEquals("Private", badge.getText());
        assertEquals("docs", robot.lookup(".folder-name").queryAs(Label.class).getText());
    }
}
