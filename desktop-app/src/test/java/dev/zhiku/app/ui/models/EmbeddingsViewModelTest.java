package dev.zhiku.app.ui.models;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.cli.ChildZhiku;
import dev.zhiku.app.cli.CliRun;
import dev.zhiku.app.engine.OllamaStandIn;
import dev.zhiku.app.ui.AppServices;
import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.VectorFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's embedding switch with the real parts: a home indexed by {@code zhiku index}, the window's
 * {@link AppServices} (its indexer, knowledge base and wiring), and the Ollama stand-in's {@code /api/embed} over
 * loopback. Properties are changed on one "UI" thread, and read there.
 */
class EmbeddingsViewModelTest {

    private static final String ENGINE = "standin";
    private static final String SET = ENGINE + "/" + OllamaStandIn.EMBED_MODEL;
    private static final String BUNDLED = VectorFields.BUNDLED_MODEL;
    private static final int FILES = 30;
    private static final Duration LONG = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final UiExecutor ui = UiExecutor.of(fx::execute);
    private OllamaStandIn ollama;
    private Path home;

    @BeforeEach
    void prepare() throws Exception {
        ollama = new OllamaStandIn();
        ollama.listAllModels();
        home = tmp.resolve("home");
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        String[] topics = {"tea harvest in Hangzhou", "copper wire in old harbours", "glaciers and granite",
            "lanterns at the autumn festival", "龙井茶的采摘时间", "港口的铜线"};
        for (int i = 0; i < FILES; i++) {
            Files.writeString(docs.resolve("note-" + i + ".md"), "# Note " + i + " about " + topics[i % topics.length]
                    + "\n\nThis note " + i + " tells of " + topics[i % topics.length] + " and what came after.\n");
        }
        CliRun index = CliRun.of("index", "--home", home.toString(), docs.toString());
        assertEquals(0, index.exit(), index.err());
        CliRun add = CliRun.of("engines", "add", ollama.address().toString(), "--name", ENGINE, "--home",
                home.toString());
        assertEquals(0, add.exit(), add.err());
    }

    @AfterEach
    void stop() {
        ollama.close();
        fx.shutdownNow();
    }

    @Test
    void switchesInTheBackgroundAndSearchesTheOldVectorsUntilTheNewSetIsComplete() throws Exception {
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            vm.refresh();
            await().atMost(LONG).until(() -> onUi(() -> vm.rows().stream().anyMatch(r -> r.id().equals(SET))));
            EmbeddingRow bundledRow = onUi(() -> vm.rows().getFirst());
            assertEquals(BUNDLED, bundledRow.id());
            assertTrue(bundledRow.active());
            EmbeddingRow server = onUi(() -> vm.rows().stream().filter(r -> r.id().equals(SET)).findFirst()
                    .orElseThrow());
            assertTrue(server.choosable() && server.set() == null, "the server's embedding model, not used yet");
            assertEquals(List.of(ENGINE), onUi(() -> List.copyOf(vm.servers())));
            assertEquals(List.of(ENGINE + " · " + OllamaStandIn.RERANK_MODEL),
                    onUi(() -> List.copyOf(vm.rerankModels())), "the reranker is suggested, not as an embedder");

            vm.close();
            // What the catalog and the window search with, read right after every step of the switch.
            List<String> seen = new CopyOnWriteArrayList<>();
            EmbeddingsViewModel watched = new EmbeddingsViewModel(watching(EmbeddingServices.of(app), app, seen), ui);
            app.onClose(watched);
            switchAndWait(watched, server);

            List<String> building = seen.stream().filter(s -> s.startsWith("BUILDING")).toList();
            assertFalse(building.isEmpty(), seen.toString());
            assertTrue(building.stream().allMatch(s -> s.endsWith("searched=" + BUNDLED + " window=" + BUNDLED)),
                    "searches keep the old vectors while the set is built: " + seen);
            String last = seen.getLast();
            assertTrue(last.startsWith("COMPLETE"), seen.toString());
            String[] counts = last.split(" ")[1].split("/");
            assertEquals(counts[1], counts[0], "complete means every passage: " + last);
            assertEquals(SET, activeInCatalog());
            assertEquals("embeddings.switched", onUi(() -> watched.noticeProperty().get().key()));
            assertEquals(SET, onUi(() -> watched.activeProperty().get()));
            assertEquals(passagesWithVectors(), vectorsIn(VectorFields.of(SET)));

            // The window now searches with the new model: the query is embedded by the server.
            int before = ollama.embedRequests();
            assertTrue(app.knowledgeBase().search(new SearchQuery("tea harvest", SearchFilter.none(), 5))
                    .vectorsUsed());
            assertEquals(SET, app.wiring().embeddings().id());
            assertTrue(ollama.embedRequests() > before, "the query went to the new model");

            // Back to the bundled model: its set was kept, nothing is embedded by the server again.
            await().atMost(LONG).until(() -> onUi(() -> watched.rows().stream()
                    .anyMatch(r -> r.id().equals(BUNDLED) && !r.active())));
            EmbeddingRow back = onUi(() -> watched.rows().getFirst());
            int requests = ollama.embedRequests();
            seen.clear();
            switchAndWait(watched, back);
            assertEquals(BUNDLED, onUi(() -> watched.activeProperty().get()));
            assertEquals(BUNDLED, activeInCatalog());
            assertEquals(requests, ollama.embedRequests());
            assertTrue(seen.getLast().startsWith("COMPLETE"), seen.toString());
            assertEquals(BUNDLED, app.wiring().embeddings().id());

            // The server's set stays, complete, for switching again; it can be removed now it is not searched.
            await().atMost(LONG).until(() -> onUi(() -> watched.rows().stream()
                    .anyMatch(r -> r.id().equals(SET) && r.removable())));
            EmbeddingRow kept = onUi(() -> watched.rows().stream().filter(r -> r.id().equals(SET)).findFirst()
                    .orElseThrow());
            assertTrue(kept.complete(), kept.toString());
            watched.remove(kept);
            await().atMost(LONG).until(() -> onUi(() -> watched.noticeProperty().get() != null
                    && watched.noticeProperty().get().key().equals("embeddings.removed")));
            assertEquals(0, vectorsIn(VectorFields.of(SET)));
            assertEquals(passagesWithVectors(), vectorsIn(VectorFields.BUNDLED));
        }
    }

    @Test
    void aSwitchInterruptedByClosingTheWindowResumesByItselfAtTheNextStart() throws Exception {
        VectorSet atClose;
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            // The probe and eight sources (one commit); the second request after that commit waits.
            ollama.holdEmbedsAfter(1 + 8 + 1);
            vm.switchTo(new EmbeddingTarget(ENGINE, OllamaStandIn.EMBED_MODEL, ""));
            assertTrue(ollama.awaitEmbedHeld());
            await().atMost(LONG).until(() -> onUi(() -> vm.progressProperty().get() != null
                    && vm.progressProperty().get().done() > 0));
            Thread closing = Thread.ofPlatform().start(vm::close); // the window closes while a step waits
            await().atMost(LONG).until(() -> closing.getState() == Thread.State.TIMED_WAITING);
            ollama.releaseEmbeds();
            closing.join();
            atClose = app.wiring().vectorSets().sets().stream().filter(s -> s.id().equals(SET)).findFirst()
                    .orElseThrow();
        }
        assertEquals(VectorSet.State.BUILDING, atClose.state());
        assertTrue(atClose.done() < atClose.total(), atClose.toString());
        assertEquals(BUNDLED, activeInCatalog(), "an unfinished set is never searched");

        assertEquals("embeddings.switched", windowResumesTheSwitch().key());
    }

    @Test
    void aSwitchKilledMidwayByTheCommandLineIsResumedWhenTheWindowStarts() throws Exception {
        // A child `zhiku embeddings use` commits once, then waits on the stand-in and is killed (kill -9).
        ollama.holdEmbedsAfter(1 + 8 + 1);
        Process child = new ProcessBuilder(ChildZhiku.command(tmp.resolve("child-logs"), "embeddings", "use",
                OllamaStandIn.EMBED_MODEL, "--engine", ENGINE, "--home", home.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.out").toFile()).start();
        try {
            assertTrue(ollama.awaitEmbedHeld(), "the child never asked for more vectors");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        ollama.releaseEmbeds();
        VectorSet atKill;
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            atKill = catalog.vectorSet(SET).orElseThrow();
            assertEquals(BUNDLED, catalog.activeVectorSet());
        }
        assertEquals(VectorSet.State.BUILDING, atKill.state());
        assertTrue(atKill.done() > 0 && atKill.done() < atKill.total(), atKill.toString());

        int requests = ollama.embedRequests();
        windowResumesTheSwitch();
        // the probe, then one request a source (one passage each) for what the child had not committed
        assertEquals(1 + atKill.total() - atKill.done(), ollama.embedRequests() - requests,
                "what was committed before the kill is not embedded again");
    }

    @Test
    void aSwitchTheUserStoppedStaysStoppedAfterARestartUntilResumed() throws Exception {
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            ollama.holdEmbedsAfter(1 + 8 + 1);
            vm.switchTo(new EmbeddingTarget(ENGINE, OllamaStandIn.EMBED_MODEL, ""));
            assertTrue(ollama.awaitEmbedHeld());
            vm.stop();
            ollama.releaseEmbeds();
            await().atMost(LONG).until(() -> onUi(() -> vm.unfinishedProperty().get() != null
                    && !vm.runningProperty().get()));
            assertEquals("embeddings.stopped", onUi(() -> vm.noticeProperty().get().key()));
            assertEquals(BUNDLED, activeInCatalog());
        }
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            vm.start();
            await().atMost(LONG).until(() -> onUi(() -> vm.unfinishedProperty().get() != null));
            assertFalse(onUi(() -> vm.runningProperty().get()), "stopped by the user: not resumed by itself");
            assertEquals(SET, onUi(() -> vm.unfinishedProperty().get().id()));
            vm.resume();
            await().atMost(LONG).until(() -> onUi(() -> SET.equals(vm.activeProperty().get())
                    && !vm.runningProperty().get()));
            assertEquals(SET, activeInCatalog());
            assertEquals(passagesWithVectors(), vectorsIn(VectorFields.of(SET)));
        }
    }

    @Test
    void theRerankerIsTurnedOnAfterATestRequestAndOff() throws Exception {
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            vm.rerank(ENGINE, "no-such-reranker");
            await().atMost(LONG).until(() -> onUi(() -> vm.noticeProperty().get() != null));
            assertEquals("embeddings.error.rerank", onUi(() -> vm.noticeProperty().get().key()));
            assertTrue(onUi(() -> vm.noticeProperty().get().detail()).contains("no-such-reranker"));
            assertEquals("", onUi(() -> vm.rerankerProperty().get()));

            int before = ollama.rerankRequests();
            vm.rerank(ENGINE, OllamaStandIn.RERANK_MODEL);
            await().atMost(LONG).until(() -> onUi(() -> !vm.rerankerProperty().get().isEmpty()));
            assertEquals(ENGINE + " · " + OllamaStandIn.RERANK_MODEL, onUi(() -> vm.rerankerProperty().get()));
            app.knowledgeBase().search(new SearchQuery("tea harvest", SearchFilter.none(), 5));
            assertEquals(before + 2, ollama.rerankRequests(), "the test request, then the search's");

            vm.rerankOff();
            await().atMost(LONG).until(() -> onUi(() -> vm.rerankerProperty().get().isEmpty()));
            app.knowledgeBase().search(new SearchQuery("tea harvest", SearchFilter.none(), 5));
            assertEquals(before + 2, ollama.rerankRequests(), "no reranking once off");
            assertNotNull(onUi(() -> vm.noticeProperty().get()));
        }
    }

    private void switchAndWait(EmbeddingsViewModel vm, EmbeddingRow row) throws Exception {
        String want = row.target().isBundled() ? BUNDLED : SET;
        vm.switchTo(row);
        await().atMost(LONG).until(() -> onUi(() -> !vm.runningProperty().get()
                && vm.noticeProperty().get() != null && vm.noticeProperty().get().key().equals("embeddings.switched")
                && want.equals(vm.activeProperty().get())));
    }

    /** The app's services, writing down after each step what the catalog and the window search with. */
    private EmbeddingServices watching(EmbeddingServices real, AppServices app, List<String> seen) {
        return new EmbeddingServices() {
            @Override
            public dev.zhiku.indexer.catalog.VectorSets sets() {
                return real.sets();
            }

            @Override
            public boolean hasIndex() {
                return real.hasIndex();
            }

            @Override
            public List<dev.zhiku.rag.engine.EngineStatus> servers() {
                return real.servers();
            }

            @Override
            public String stoppedSwitch() {
                return real.stoppedSwitch();
            }

            @Override
            public void markStopped(String id) {
                real.markStopped(id);
            }

            @Override
            public dev.zhiku.core.EmbeddingModel open(EmbeddingTarget target) {
                return real.open(target);
            }

            @Override
            public VectorSet advance(dev.zhiku.core.EmbeddingModel model, VectorSet registered,
                                     dev.zhiku.indexer.IndexControl control,
                                     java.util.function.Consumer<VectorSet> progress) throws Exception {
                VectorSet s = real.advance(model, registered, control, progress);
                seen.add(s.state() + " " + s.done() + "/" + s.total() + " searched=" + activeInCatalog()
                        + " window=" + app.wiring().embeddings().id());
                return s;
            }

            @Override
            public String[] reranker() {
                return real.reranker();
            }

            @Override
            public void rerank(String engine, String model) {
                real.rerank(engine, model);
            }

            @Override
            public void remove(String id) throws Exception {
                real.remove(id);
            }
        };
    }

    private AppServices app() {
        return new AppServices(new ZhikuHome(home), UiSettings.load(home));
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return fx.submit(read).get();
    }

    private String activeInCatalog() {
        try (Catalog catalog = Catalog.open(new ZhikuHome(home).catalogBase())) {
            return catalog.activeVectorSet();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long vectorsIn(String field) throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(new ZhikuHome(home).indexDir(),
                FusionSettings.defaults())) {
            return index.countWithVectors(field);
        }
    }

    private long passagesWithVectors() throws Exception {
        try (PassageIndex index = PassageIndex.openForReading(new ZhikuHome(home).indexDir(),
                FusionSettings.defaults())) {
            return index.countWithAnyVector();
        }
    }

    /**
     * Starts the window's view model on the home, waits until the unfinished switch it resumes by itself is
     * complete, checks that the new set is searched and holds every passage, and returns the notice shown.
     */
    private dev.zhiku.app.ui.knowledge.Notice windowResumesTheSwitch() throws Exception {
        try (AppServices app = app()) {
            EmbeddingsViewModel vm = new EmbeddingsViewModel(EmbeddingServices.of(app), ui);
            app.onClose(vm);
            vm.start();
            await().atMost(LONG).until(() -> onUi(() -> SET.equals(vm.activeProperty().get())
                    && !vm.runningProperty().get()));
            assertEquals(SET, activeInCatalog());
            assertEquals(passagesWithVectors(), vectorsIn(VectorFields.of(SET)));
            return onUi(() -> vm.noticeProperty().get());
        }
    }
}
