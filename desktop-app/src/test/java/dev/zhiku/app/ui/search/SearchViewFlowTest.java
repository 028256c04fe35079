package dev.zhiku.app.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.IndexerIndexingService;
import dev.zhiku.app.ui.knowledge.SampleDocuments;
import dev.zhiku.app.ui.source.OpenOutcome;
import dev.zhiku.app.ui.source.SourceViewerViewModel;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.store.FusionSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: typing into the search field shows a result with the word highlighted (real index, keyword only). */
@ExtendWith(ApplicationExtension.class)
class SearchViewFlowTest {

    @TempDir
    static Path temp;

    private LocalKnowledgeBase kb;
    private SearchViewModel model;
    private SourceViewerViewModel viewer;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path home = temp.resolve("home");
        try (IndexerIndexingService indexing = SampleDocuments.service(home)) {
            indexing.addFolders(List.of(SampleDocuments.write(temp.resolve("docs"))), false);
            indexing.run(ProgressListener.NONE);
        }
        kb = LocalKnowledgeBase.open(new ZhikuHome(home), FusionSettings.defaults(), null);
        model = new SearchViewModel(kb::search, UiExecutor.fx());
        viewer = new SourceViewerViewModel(UiExecutor.fx(), java.util.concurrent.Executors.newSingleThreadExecutor(),
                kb::passages, (f, p) -> OpenOutcome.opened(false));
        stage.setScene(new Scene(new SearchView(model, SearchView.bundle(Locale.ENGLISH), viewer), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        kb.close();
    }

    @Test
    void typingShowsAHighlightedResult(FxRobot robot) throws Exception {
        robot.clickOn("#search-query").write("deadline");
        // Result cells are rebuilt as the list lays out: wait for a highlight with the word, not for any node.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlighted(robot, "deadline"));
    }

    @Test
    void chineseWordsAreHighlightedToo(FxRobot robot) throws Exception {
        robot.interact(() -> model.queryProperty().set("付款期限"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlighted(robot, "付款期限"));
    }

    @Test
    void choosingAResultOpensItsPassageInTheSourceViewer(FxRobot robot) throws Exception {
        robot.interact(() -> model.queryProperty().set("付款期限"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlighted(robot, "付款期限"));
        javafx.scene.control.ListView<?> list = robot.lookup("#search-results").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".source-paragraph-cited .source-highlight")
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ResultItem chosen = robot.lookup("#search-results").queryListView().getSelectionModel().getSelectedItem()
                instanceof ResultItem r ? r : null;
        String marked = robot.lookup(".source-paragraph-cited .source-highlight").queryAllAs(Text.class).stream()
                .map(Text::getText).reduce("", String::concat);
        assertTrue(chosen != null && marked.contains("付款期限"), marked);
        assertTrue(chosen.hit().passage().displayPath().endsWith(
                robot.lookup(".source-file").queryAs(javafx.scene.control.Label.class).getText()));
    }

    private static boolean highlighted(FxRobot robot, String word) {
        return robot.lookup(".search-highlight").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().toLowerCase(Locale.ROOT).equals(word));
    }
}
