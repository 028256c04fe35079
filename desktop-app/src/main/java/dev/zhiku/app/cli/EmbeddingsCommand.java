package dev.zhiku.app.cli;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.json.JsonText;
import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.VectorSetBuilder;
import dev.zhiku.indexer.VectorSetRemoval;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.rag.engine.Engine;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhiku embeddings [list [--json]] | use MODEL --engine NAME [--query-prefix TEXT] | use bundled |
 * remove SET}: which model's vectors the knowledge base is searched with, and switching to another one a local
 * server runs. Switching embeds every passage again into the new model's own vectors while searches keep using
 * the old ones, then switches with one write; stopped (Ctrl+C, a crash), the same command resumes
 * (docs/decisions/0041); {@code remove} deletes the vectors of a model not searched (0044).
 */
@Command(name = "embeddings",
        description = "the embedding model: bundled or a model server's; a local reranker"
                + " (list | use MODEL --engine NAME | use bundled | rerank MODEL --engine NAME | rerank off"
                + " | remove SET)")
final class EmbeddingsCommand implements Callable<Integer> {

    static final String BUNDLED = "bundled";

    private final PrintStream out;

    @Mixin
    private HomeOption homeOption;

    @Mixin
    private HelpOption help;

    @Option(names = "--json", description = "print JSON (list)")
    private boolean json;

    @Option(names = "--engine", paramLabel = "NAME", description = "the model server that runs MODEL (zhiku engines list)")
    private String engine;

    @Option(names = "--query-prefix", paramLabel = "TEXT",
            description = "put before every query, for models that want an instruction")
    private String queryPrefix;

    @Parameters(paramLabel = "ACTION", description = "list (default), use MODEL|bundled, rerank MODEL|off, remove SET")
    private List<String> words;

    EmbeddingsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argv) throws Exception {
        return Picocli.parse(this, argv, out) ? call() : 0;
    }

    @Override
    public Integer call() throws Exception {
        List<String> words = Picocli.given(this.words);
        String what = words.isEmpty() ? "list" : words.getFirst();
        ZhikuHome home = homeOption.prepare();
        switch (what) {
            case "list" -> {
                try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
                    list(wiring.vectorSets(), json);
                }
                return 0;
            }
            case "use" -> {
                if (words.size() != 2) {
                    throw new UsageException("usage: zhiku embeddings use MODEL --engine NAME, or use bundled");
                }
                return use(home, words.get(1));
            }
            case "rerank" -> {
                if (words.size() != 2) {
                    throw new UsageException("usage: zhiku embeddings rerank MODEL --engine NAME, or rerank off");
                }
                return rerank(home, words.get(1), engine);
            }
            case "remove" -> {
                if (words.size() != 2) {
                    throw new UsageException("usage: zhiku embeddings remove SET (`zhiku embeddings list` shows them)");
                }
                return remove(home, words.get(1));
            }
            default -> throw new UsageException("unknown embeddings command '" + what
                    + "' (list, use, rerank or remove)");
        }
    }

    private int use(ZhikuHome home, String name) throws Exception {
        if (!Files.exists(home.indexDir())) {
            throw new UsageException("there is no knowledge base in " + home.root() + " yet: run `zhiku index FOLDER`"
                    + " first");
        }
        String engineName = engine;
        boolean bundled = name.equals(BUNDLED) || engineName == null && name.equals(Wiring.EMBEDDING_MODEL.id());
        if (!bundled && engineName == null) {
            throw new UsageException("say which server runs " + name + ": zhiku embeddings use " + name
                    + " --engine NAME (`zhiku engines list` shows them)");
        }
        IndexControl control = new IndexControl();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            control.cancel();
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "zhiku-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            long now = System.currentTimeMillis();
            EmbeddingModel model;
            VectorSet registered;
            if (bundled) {
                model = wiring.bundledEmbeddings();
                registered = new VectorSet(model.id(), model.dimension(), "", "", "", VectorSet.State.BUILDING, 0, 0,
                        now, now);
            } else {
                Engine engine = wiring.engines().find(engineName).orElseThrow(() -> new UsageException(
                        "no server named " + engineName + "; `zhiku engines list` shows them, `zhiku engines add "
                                + "URL` adds one"));
                String prefix = queryPrefix;
                model = wiring.serverEmbeddings(engine, name, prefix == null ? "" : prefix);
                registered = new VectorSet(model.id(), model.dimension(), engine.name(), name,
                        prefix == null ? "" : prefix, VectorSet.State.BUILDING, 0, 0, now, now);
            }
            try (model; Indexer indexer = wiring.indexer(false, control, ProgressListener.NONE)) {
                wiring.markSwitchStopped(""); // asked for again: the window may resume it if this run is cut short
                String active = indexer.catalog().activeVectorSet();
                if (active.equals(model.id())) {
                    out.println("Searches already use " + model.id() + ".");
                    return 0;
                }
                out.println("Embedding the knowledge base with " + model.id() + " (" + model.dimension()
                        + " dimensions); searches keep using " + active + " until every passage has its vector. "
                        + "Stopped, the same command resumes.");
                VectorSetBuilder builder = new VectorSetBuilder(indexer.index(), indexer.catalog(), model, control);
                long[] shown = {-1};
                VectorSet result = builder.build(registered, set -> {
                    long percent = set.total() == 0 ? 100 : set.done() * 100 / set.total();
                    if (percent > shown[0] || set.state() == VectorSet.State.COMPLETE) {
                        shown[0] = percent; // a line a percent, not one a commit
                        out.println(progressLine(set));
                    }
                });
                if (result.state() == VectorSet.State.COMPLETE) {
                    out.println("Searches now use " + result.id() + " (" + result.done() + " passages; this run gave "
                            + builder.passagesWritten() + " passages their vector and embedded " + builder.embeddedTexts()
                            + " texts, the others came from vectors the model made before).");
                    return 0;
                }
                out.println("Stopped at " + result.done() + " of " + result.total() + " passages; searches still "
                        + "use " + active + ". Run the same command again to go on.");
                return 1;
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
    }

    private int remove(ZhikuHome home, String id) throws Exception {
        if (!Files.exists(home.indexDir())) {
            throw new UsageException("there is no knowledge base in " + home.root() + " yet");
        }
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults());
             Indexer indexer = wiring.indexer(false, new IndexControl(), ProgressListener.NONE)) {
            long removed;
            try {
                removed = new VectorSetRemoval(indexer.index(), indexer.catalog()).remove(id);
                if (wiring.stoppedSwitch().equals(id)) {
                    wiring.markSwitchStopped("");
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            out.println("Removed the vectors of " + id + " from " + removed + " passages; switching to it again "
                    + "embeds every passage anew.");
        }
        return 0;
    }

    private int rerank(ZhikuHome home, String model, String engineName) throws Exception {
        if (!Files.exists(home.indexDir())) {
            throw new UsageException("there is no knowledge base in " + home.root() + " yet: run `zhiku index FOLDER`"
                    + " first");
        }
        try (Wiring wiring = Homes.open(home, IndexerSettings.defaults())) {
            if (model.equals("off")) {
                wiring.chooseReranker(null, "");
                out.println("Passages keep the search's order (no reranker).");
                return 0;
            }
            if (engineName == null) {
                throw new UsageException("say which server runs " + model + ": zhiku embeddings rerank " + model
                        + " --engine NAME (llama-server started with --reranking)");
            }
            Engine engine = wiring.engines().find(engineName).orElseThrow(() -> new UsageException(
                    "no server named " + engineName + "; `zhiku engines list` shows them, `zhiku engines add URL` "
                            + "adds one"));
            try (dev.zhiku.core.Reranker reranker = wiring.serverReranker(engine, model)) {
                reranker.scores("a test question", List.of("a test passage"));
                wiring.chooseReranker(engine, model);
                out.println("The best " + Wiring.RERANK_TOP + " passages of every search are now reordered by "
                        + reranker.id() + " (its time is `rerankMs` in `zhiku ask --json`); `zhiku embeddings rerank "
                        + "off` stops it.");
            }
        }
        return 0;
    }

    /** "ollama/bge-m3: 120 of 480 passages (25%), about 40 s left". */
    static String progressLine(VectorSet set) {
        long percent = set.total() == 0 ? 100 : set.done() * 100 / set.total();
        long eta = set.etaSeconds();
        String left = set.state() == VectorSet.State.COMPLETE ? "complete"
                : eta < 0 ? "time left not known yet" : "about " + duration(eta) + " left";
        return String.format(Locale.ROOT, "%s: %d of %d passages (%d%%), %s", set.id(), set.done(), set.total(),
                percent, left);
    }

    private static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return (seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }

    private void list(VectorSets sets, boolean json) {
        boolean bundledRecorded = sets.sets().stream().anyMatch(s -> s.id().equals(Wiring.EMBEDDING_MODEL.id()));
        List<Object> rows = new ArrayList<>();
        if (!bundledRecorded) {
            rows.add(JsonText.fields("id", Wiring.EMBEDDING_MODEL.id(), "engine", BUNDLED, "dimension",
                    Wiring.EMBEDDING_MODEL.dimension(), "state", "complete",
                    "active", sets.active().equals(Wiring.EMBEDDING_MODEL.id())));
        }
        for (VectorSet s : sets.sets()) {
            rows.add(JsonText.fields("id", s.id(), "engine", s.onServer() ? s.engine() : BUNDLED, "model", s.model(),
                    "dimension", s.dimension(), "state", s.state().name().toLowerCase(Locale.ROOT), "done", s.done(),
                    "total", s.total(), "etaSeconds", s.etaSeconds(), "active", sets.active().equals(s.id())));
        }
        if (json) {
            out.println(JsonText.write(JsonText.fields("active", sets.active(), "sets", rows)));
            return;
        }
        if (!bundledRecorded) {
            out.println((sets.active().equals(Wiring.EMBEDDING_MODEL.id()) ? "* " : "  ")
                    + Wiring.EMBEDDING_MODEL.id() + "  bundled, " + Wiring.EMBEDDING_MODEL.dimension() + " dimensions");
        }
        for (VectorSet s : sets.sets()) {
            out.println((sets.active().equals(s.id()) ? "* " : "  ") + s.id() + "  "
                    + (s.onServer() ? "on " + s.engine() : BUNDLED) + ", " + s.dimension() + " dimensions, "
                    + (s.state() == VectorSet.State.COMPLETE ? "complete" : "building: " + progressLine(s)));
        }
        out.println("(* = searched; switch with `zhiku embeddings use MODEL --engine NAME`, back with `zhiku "
                + "embeddings use bundled`)");
    }
}
