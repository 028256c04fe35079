package dev.zhiku.app.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.Eventually;
import dev.zhiku.core.PowerState;
import dev.zhiku.llm.catalog.CatalogModel;
import dev.zhiku.llm.catalog.ChineseQuality;
import dev.zhiku.llm.catalog.Fit;
import dev.zhiku.llm.catalog.FitAdvisor;
import dev.zhiku.llm.catalog.FitAssessment;
import dev.zhiku.llm.catalog.MirrorSettings;
import dev.zhiku.llm.catalog.ModelCatalog;
import dev.zhiku.llm.discovery.ModelDiscovery;
import dev.zhiku.llm.download.DownloadResult;
import dev.zhiku.llm.download.DownloadSettings;
import dev.zhiku.llm.download.ModelDownloader;
import dev.zhiku.llm.download.SpaceProbe;
import dev.zhiku.llm.gguf.SyntheticModelSpec;
import dev.zhiku.llm.gguf.SyntheticModels;
import dev.zhiku.llm.hardware.Hardware;
import dev.zhiku.llm.library.GgufFactsReader;
import dev.zhiku.llm.library.InstalledModel;
import dev.zhiku.llm.library.ModelLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ViewModel over a real library, discovery, advisor and downloader (loopback mirror), without FX. */
class ModelsViewModelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** 4 GB free and 10 GB/s: small models fit well, mid-size ones are slow, large ones do not fit. */
    static final Hardware LAPTOP = new Hardware(8_000_000_000L, 4_000_000_000L, 4, 8, "test cpu", Set.of("avx2"),
            PowerState.MAINS, 10_000_000_000L);

    @TempDir
    Path temp;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private ModelLibrary library;
    private Path found;

    @BeforeEach
    void models() throws Exception {
        library = new ModelLibrary(temp.resolve("models"));
        Files.createDirectories(library.modelsDir());
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), library.modelsDir().resolve("tiny-llama.gguf"));
        found = temp.resolve("elsewhere").resolve("tiny-qwen.gguf");
        Files.createDirectories(found.getParent());
        SyntheticModels.write(SyntheticModelSpec.tinyQwen2(), found);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private ModelsViewModel model(String mirror) {
        ModelDownloader downloader = new ModelDownloader(DownloadSettings.defaults()
                .withRetries(0, Duration.ofMillis(10)).withProgressInterval(Duration.ofMillis(20)),
                SpaceProbe.FILE_STORE);
        ModelDiscovery discovery = new ModelDiscovery(temp.resolve("user"), Map.of(), List.of(found.getParent()),
                GgufFactsReader::read);
        ModelServices services = new ModelServices(library, discovery::discover, ModelCatalog.bundled().models(),
                () -> LAPTOP, new FitAdvisor(), downloader, new MirrorSettings(mirror, null, 0));
        ModelsViewModel vm = new ModelsViewModel(services, UiExecutor.direct());
        closing.add(downloader);
        closing.add(vm);
        vm.refresh();
        Eventually.await("models listed", TIMEOUT, () -> !vm.installed().isEmpty()
                && !vm.recommendations().isEmpty() && !vm.discovered().isEmpty());
        return vm;
    }

    @Test
    void listsInstalledModelsAndChangesTheActiveOne() {
        ModelsViewModel vm = model("http://127.0.0.1:9");
        InstalledModel tiny = vm.installed().getFirst();
        assertEquals("tiny-llama", tiny.name());
        assertTrue(tiny.check().ok(), tiny.check().reason());
        assertTrue(tiny.check().facts().orElseThrow().memoryNeeded() > 0);
        vm.add(vm.discovered().getFirst());
        Eventually.await("the found model is installed", TIMEOUT, () -> vm.installed().size() == 2);
        InstalledModel qwen = vm.installed().stream().filter(m -> m.name().equals("tiny-qwen")).findFirst()
                .orElseThrow();
        vm.setActive(qwen);
        Eventually.await("the qwen model is active", TIMEOUT, () -> vm.installed().stream()
                .anyMatch(m -> m.active() && m.name().equals("tiny-qwen")));
        assertEquals(qwen.path(), library.active().orElseThrow().path());
    }

    @Test
    void recommendationsAreLabelledForThisMachine() {
        ModelsViewModel vm = model("http://127.0.0.1:9");
        Set<Fit> fits = vm.recommendations().stream().map(FitAssessment::fit).collect(Collectors.toSet());
        assertTrue(fits.contains(Fit.FITS_WELL), fits::toString);
        assertTrue(fits.contains(Fit.WONT_FIT), fits::toString);
        assertEquals(Fit.FITS_WELL, vm.recommendations().getFirst().fit());
        assertTrue(vm.recommendations().getFirst().decodeTokensPerSecond() >= FitAdvisor.USABLE_TOKENS_PER_SECOND);
        assertEquals(LAPTOP, vm.hardwareProperty().get());
    }

    static CatalogModel entry(String file, long size) {
        return new CatalogModel("tiny-test", "Tiny test", "Test", "llama", "F32", file, "/m/" + file, size, false,
                null, "MIT", List.of("en"), ChineseQuality.WEAK, "none", 1000, 64, 16, size);
    }

    @Test
    void aDownloadShowsProgressAndCanBeCancelled() throws Exception {
        byte[] body = new byte[8 << 20];
        try (LoopbackMirror mirror = new LoopbackMirror("/m/big.gguf", body, 32 << 10, 15)) {
            ModelsViewModel vm = model(mirror.baseUrl());
            vm.download(entry("big.gguf", body.length));
            Eventually.await("progress arrived", TIMEOUT, () -> vm.downloadProgressProperty().get() != null
                    && vm.downloadProgressProperty().get().bytesDone() > 0);
            assertEquals("tiny-test", vm.downloadingProperty().get());
            assertTrue(vm.downloadProgressProperty().get().fraction() < 1);
            vm.cancelDownload();
            Eventually.await("the download stopped", TIMEOUT,
                    () -> vm.lastDownloadProperty().get() == DownloadResult.Status.CANCELLED
                            && vm.downloadingProperty().get() == null);
            assertTrue(Files.notExists(library.downloadTarget("big.gguf")));
        }
    }

    @Test
    void aFinishedDownloadIsInstalled() throws Exception {
        Path source = temp.resolve("served.gguf");
        SyntheticModels.write(SyntheticModelSpec.tinyLlama(), source);
        byte[] body = Files.readAllBytes(source);
        try (LoopbackMirror mirror = new LoopbackMirror("/m/fetched.gguf", body, 64 << 10, 0)) {
            ModelsViewModel vm = model(mirror.baseUrl());
            vm.download(entry("fetched.gguf", body.length));
            Eventually.await("the download finished", TIMEOUT,
                    () -> vm.lastDownloadProperty().get() == DownloadResult.Status.DONE
                            && vm.installed().stream().anyMatch(m -> m.name().equals("fetched")));
        }
    }
}
