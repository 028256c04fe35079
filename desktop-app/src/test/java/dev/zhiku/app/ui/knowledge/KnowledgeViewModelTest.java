package dev.zhiku.app.ui.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.source.OpenOutcome;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.IndexProgress;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ViewModel over a real keyword-only indexer on a temporary home, without the FX thread. */
class KnowledgeViewModelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private IndexerIndexingService service;
    private KnowledgeViewModel model;
    private final List<Path> opened = Collections.synchronizedList(new ArrayList<>());
    private final List<IndexProgress> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        service = SampleDocuments.service(temp.resolve("home"));
        model = new KnowledgeViewModel(service, UiExecutor.direct(), (file, page) -> {
            opened.add(file);
            return OpenOutcome.opened(false);
        });
        model.progressProperty().addListener((o, a, b) -> events.add(b));
    }

    @AfterEach
    void close() {
        model.close();
        service.close();
    }

    private void indexSamples(boolean isPrivate) throws Exception {
        Path docs = SampleDocuments.write(temp.resolve("docs"));
        model.addAsPrivateProperty().set(isPrivate);
        model.addFolders(List.of(docs));
        Eventually.await("the run ended and the folder was counted", TIMEOUT, () -> !model.runningProperty().get()
                && !events.isEmpty() && model.folders().size() == 1 && model.folders().getFirst().total() == 5
                && model.allProblems().size() >= 2);
    }

    @Test
    void addingAFolderIndexesItAndEndsWithCounts() throws Exception {
        indexSamples(true);
        IndexProgress last = events.getLast();
        assertEquals(IndexProgress.Phase.DONE, last.phase(), last::toString);
        assertEquals(last.filesTotal(), last.filesDone(), last::toString);
        FolderSummary folder = model.folders().getFirst();
        assertTrue(folder.isPrivate());
        assertEquals(3, folder.indexed(), folder::toString);
        assertEquals(1, folder.failed(), folder::toString);
        assertEquals(1, folder.skipped(), folder::toString);
        assertEquals(FolderSummary.State.PROBLEMS, folder.state());
    }

    @Test
    void problemsCarryReasonsAndCanBeFilteredAndOpened() throws Exception {
        indexSamples(false);
        assertTrue(model.allProblems().stream().allMatch(p -> p.reason() != null && !p.reason().isBlank()));
        model.problemTextProperty().set("EMPTY");
        assertEquals(1, model.visibleProblems().size());
        assertEquals(SourceStatus.SKIPPED, model.visibleProblems().getFirst().status());
        // in the Chinese window, the reason is found by the words it is shown with
        model.showReasonsAs(reason -> ProblemReasonText.of(reason, KnowledgeView.bundle(java.util.Locale.CHINESE)));
        model.problemTextProperty().set("空文件");
        assertEquals(1, model.visibleProblems().size());
        assertEquals(SourceStatus.SKIPPED, model.visibleProblems().getFirst().status());
        model.problemTextProperty().set("");
        model.problemStatusProperty().set(SourceStatus.FAILED);
        assertEquals(1, model.visibleProblems().size());
        SourceProblem broken = model.visibleProblems().getFirst();
        assertTrue(broken.path().endsWith("broken.pdf"), broken::toString);
        model.open(broken);
        Eventually.await("the file was handed to the opener", TIMEOUT, () -> !opened.isEmpty());
        assertEquals(Path.of(broken.path()), opened.getFirst());
    }

    @Test
    void privacyCanBeChangedLater() throws Exception {
        indexSamples(false);
        assertFalse(model.folders().getFirst().isPrivate());
        model.setPrivate(model.folders().getFirst(), true);
        Eventually.await("the folder is private", TIMEOUT, () -> model.folders().getFirst().isPrivate());
    }

    @Test
    void pauseAndResumeReachTheIndexer() throws Exception {
        indexSamples(false);
        model.pause();
        assertTrue(model.pausedProperty().get());
        assertTrue(service.isPaused());
        model.resume();
        assertFalse(model.pausedProperty().get());
        assertFalse(service.isPaused());
    }

    @Test
    void removingAFolderForgetsItAndItsFiles() throws Exception {
        indexSamples(false);
        assertFalse(service.problems().isEmpty());
        model.remove(model.folders().getFirst());
        Eventually.await("the folder is gone", TIMEOUT, () -> model.folders().isEmpty());
        assertTrue(service.folders().isEmpty());
        assertTrue(service.problems().isEmpty(), "its files left the catalog");
    }

    @Test
    void privacyIsReadBackFromTheCatalog() throws Exception {
        indexSamples(true);
        service.close();
        try (IndexerIndexingService fresh = SampleDocuments.service(temp.resolve("home"))) {
            assertTrue(fresh.folders().getFirst().isPrivate());
        }
    }
}
