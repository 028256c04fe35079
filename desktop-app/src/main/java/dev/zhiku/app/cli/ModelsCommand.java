package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.llm.catalog.CatalogModel;
import dev.zhiku.llm.catalog.FitAdvisor;
import dev.zhiku.llm.catalog.FitAssessment;
import dev.zhiku.llm.catalog.MirrorSettings;
import dev.zhiku.llm.catalog.ModelCatalog;
import dev.zhiku.llm.discovery.DiscoveredModel;
import dev.zhiku.llm.discovery.ModelDiscovery;
import dev.zhiku.llm.download.DownloadControl;
import dev.zhiku.llm.download.DownloadRequest;
import dev.zhiku.llm.download.DownloadResult;
import dev.zhiku.llm.download.DownloadSettings;
import dev.zhiku.llm.download.HttpProxy;
import dev.zhiku.llm.download.HttpSettings;
import dev.zhiku.llm.download.ModelDownloader;
import dev.zhiku.llm.download.SpaceProbe;
import dev.zhiku.llm.hardware.Hardware;
import dev.zhiku.llm.library.GgufFactsReader;
import dev.zhiku.llm.library.InstalledModel;
import dev.zhiku.llm.library.ModelLibrary;
import dev.zhiku.llm.catalog.ServerModel;
import dev.zhiku.llm.catalog.ServerModels;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.EngineChoice;
import dev.zhiku.rag.engine.EngineList;
import dev.zhiku.rag.engine.EngineModel;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku models list|recommend|download NAME|add FILE|remove NAME|use NAME [--engine SERVER]}: the bundled
 * engine's models, and (with {@code --engine}) the choice of a model server's model.
 */
@Command(name = "models", description = "the bundled engine's models, or a model server's model"
        + " (list | recommend | download NAME | add FILE | remove NAME | use NAME [--engine SERVER])")
final class ModelsCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--mirror", paramLabel = "URL", description = "download from this mirror (hf-mirror, ModelScope)")
    private String mirrorUrl;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "download through this HTTP proxy")
    private String proxyAddress;

    @Option(names = "--engine", paramLabel = "SERVER", description = "use NAME on this model server (zhiku engines list)")
    private String engine;

    @Parameters(paramLabel = "ACTION", description = "list, recommend, download NAME, add FILE, remove NAME, use NAME")
    private List<String> words;

    ModelsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        List<String> words = Picocli.given(this.words);
        if (words.isEmpty()) {
            throw new UsageException("models needs what to do: list, recommend, download, add, remove or use");
        }
        ZhikuHome home = homeOption.prepare();
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            ModelLibrary library = wiring.modelLibrary();
            String what = words.getFirst();
            String name = words.size() > 1 ? words.get(1) : null;
            switch (what) {
                case "list" -> {
                    list(library);
                    wiring.engines().active().ifPresent(c -> out.println("Answers use " + c.model() + " on "
                            + c.engine() + " (a model server; `zhiku engines list` shows them)."));
                }
                case "recommend" -> {
                    recommend(wiring.hardware());
                    recommendForServers();
                }
                case "download" -> download(library, need(name, "download NAME (see `zhiku models recommend`)"));
                case "add" -> {
                    InstalledModel m = library.add(Path.of(need(name, "add FILE.gguf")));
                    out.println("Added " + m.name() + " (" + describe(m) + ").");
                }
                case "remove" -> out.println(library.remove(need(name, "remove NAME")) ? "Removed " + name + "."
                        : "No model named " + name + ".");
                case "use" -> use(wiring, need(name, "use NAME [--engine SERVER]"), engine);
                default -> throw new UsageException("unknown models command '" + what + "'");
            }
        }
        return 0;
    }

    private void list(ModelLibrary library) {
        List<InstalledModel> installed = library.installed();
        out.println(installed.isEmpty() ? "No model installed: answers are extractive. Try `zhiku models recommend`."
                : "Installed:");
        for (InstalledModel m : installed) {
            out.printf(Locale.ROOT, "  %s %-32s %s%n", m.active() ? "*" : " ", m.name(), describe(m));
        }
        List<DiscoveredModel> found = ModelDiscovery.forCurrentUser(List.of(), GgufFactsReader::read).discover();
        if (!found.isEmpty()) {
            out.println("Found on this PC (add one with `zhiku models add FILE`):");
            for (DiscoveredModel d : found) {
                String facts = d.facts().map(f -> f.loadable() ? f.architecture() + " " + f.quantization()
                        : "cannot load: " + f.reason()).orElse("");
                out.printf(Locale.ROOT, "    %-32s %-10s %6.1f GB  %s  %s%n", d.name(),
                        d.source().name().toLowerCase(Locale.ROOT), d.sizeBytes() / 1e9, facts, d.path());
            }
        }
    }

    private static String describe(InstalledModel m) {
        if (!m.check().ok()) {
            return "cannot load: " + m.check().reason();
        }
        return m.check().facts().map(f -> String.format(Locale.ROOT, "%s %s, %.1f GB", f.architecture(),
                f.quantization(), f.fileSize() / 1e9)).orElse("") + (m.downloaded() ? "" : ", at " + m.path());
    }

    private void recommend(Hardware hw) {
        out.printf(Locale.ROOT, "This PC: %.1f GB RAM (%.1f GB free), %d cores, %.1f GB/s memory bandwidth%n",
                hw.totalRamBytes() / 1e9, hw.availableRamBytes() / 1e9, hw.physicalCores(),
                hw.memoryBandwidthBytesPerSecond() / 1e9);
        out.println("Runs in Zhiku (bundled engine, llama.cpp b4916; `zhiku models download NAME`):");
        List<FitAssessment> fits = new FitAdvisor().assessAll(ModelCatalog.bundled().models(), hw);
        for (FitAssessment f : fits) {
            CatalogModel m = f.model();
            out.printf(Locale.ROOT, "  %-26s %-12s ~%4.0f tokens/s  %4.1f GB  Chinese: %-9s %s%n", m.id(),
                    f.fit().name().toLowerCase(Locale.ROOT).replace('_', ' '), f.decodeTokensPerSecond(),
                    m.sizeBytes() / 1e9, m.chineseQuality().name().toLowerCase(Locale.ROOT), f.reason());
        }
    }

    private void download(ModelLibrary library, String id) throws Exception {
        CatalogModel model = ModelCatalog.bundled().byId(id).orElseThrow(
                () -> new UsageException("no catalog model named " + id + " (see `zhiku models recommend`)"));
        MirrorSettings mirror = MirrorSettings.defaults();
        if (mirrorUrl != null) {
            mirror = mirror.withBaseUrl(mirrorUrl);
        }
        HttpProxy proxy = null;
        if (proxyAddress != null) {
            String[] hp = proxyAddress.split(":", 2);
            try {
                proxy = new HttpProxy(hp[0], hp.length > 1 ? Integer.parseInt(hp[1].strip()) : 8080);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--proxy is HOST:PORT (for example 127.0.0.1:7890), not " + proxyAddress);
            }
        }
        Path target = library.downloadTarget(model.fileName());
        DownloadControl control = new DownloadControl();
        Thread hook = new Thread(control::cancel, "zhiku-download-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        HttpSettings http = HttpSettings.defaults().withProxy(proxy);
        try (ModelDownloader downloader = new ModelDownloader(DownloadSettings.defaults().withHttp(http),
                SpaceProbe.FILE_STORE)) {
            DownloadResult result = downloader.download(new DownloadRequest(mirror.downloadUri(model), target,
                    model.sizeApproximate() ? null : model.sizeBytes(), model.sha256()), p -> err.printf(Locale.ROOT,
                    "\rdownloading %.0f%%  %.1f MB/s%s\u001b[K", p.fraction() * 100, p.bytesPerSecond() / 1e6,
                    p.eta() == null ? "" : "  ETA " + p.eta().toSeconds() + " s"), control);
            err.println();
            out.printf(Locale.ROOT, "%s: %s (%.1f GB, sha256 %s)%n", result.status(), result.file(),
                    result.bytes() / 1e9, result.sha256());
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** Chooses an installed model, or with {@code --engine} a server's model (checked against its list). */
    private void use(Wiring wiring, String name, String engineName) throws Exception {
        EngineList engines = wiring.engines();
        if (engineName == null) {
            wiring.modelLibrary().setActive(name);
            engines.setActive(null);
            out.println("Answers now use " + name + ".");
            return;
        }
        Engine engine = engines.find(engineName).orElseThrow(() -> new UsageException("no server named '"
                + engineName + "'; add it with `zhiku engines add URL --name " + engineName + "`"));
        wiring.allowNetworkEngines();
        try (EngineProbe probe = new EngineProbe()) {
            EngineStatus status = probe.probe(engine, wiring.engineKey(engine));
            if (status.available() && status.models().stream().noneMatch(m -> m.name().equals(name))) {
                throw new UsageException(engine.label() + " has no model '" + name + "' (it has: "
                        + String.join(", ", status.models().stream().map(EngineModel::name).toList()) + ")"
                        + (engine.kind().ollamaApi() ? "; get it with `ollama pull " + name + "`" : ""));
            }
            engines.setActive(new EngineChoice(engine.name(), name));
            out.println("Answers now use " + engine.answerLabel(name) + ", " + EngineJson.reachWords(engine) + "."
                    + (status.available() ? "" : " (" + engine.label() + " is not answering now: "
                    + status.problem() + ")"));
        }
    }

    /** The current models the bundled engine cannot load, and how to answer with them through a server. */
    private void recommendForServers() {
        out.println();
        out.println("Needs a newer engine: use it through Ollama or LM Studio, then answer with it in Zhiku:");
        for (ServerModel m : ServerModels.bundled()) {
            out.printf(Locale.ROOT, "  %-14s Chinese: %-9s %s%n", m.name(),
                    m.chineseQuality().name().toLowerCase(Locale.ROOT), m.ollamaCommands());
        }
        out.println("  (LM Studio: search for the model's name, load it, start the server, then "
                + "`zhiku models use MODEL --engine lmstudio`.)");
    }

    private static String need(String value, String usage) throws UsageException {
        if (value == null) {
            throw new UsageException("usage: zhiku models " + usage);
        }
        return value;
    }
}
