package dev.zhiku.app.ui;

import dev.zhiku.app.Wiring;
import dev.zhiku.app.ui.knowledge.IndexerIndexingService;
import dev.zhiku.app.ui.settings.UiSettings;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.system.BackgroundPriority;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.llm.library.ModelLibrary;
import dev.zhiku.rag.AnswerWarmUp;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.memory.MemoryStore;
import dev.zhiku.rag.cloud.AuditLog;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudEscalation;
import dev.zhiku.rag.cloud.Escalator;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services of one home as the window uses them, each opened on first use — call the getters off the FX thread
 * (through {@link UiExecutor#background}): opening an index or loading a model takes time. Closed once, on exit.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    private final ZhikuHome home;
    private final UiSettings settings;
    private final Wiring wiring;
    private final boolean withVectors;
    private final IndexerIndexingService indexingService;
    private final IndexingRunner indexing;
    private LocalKnowledgeBase knowledgeBase;
    /** Knowledge bases replaced after an embedding switch: a question asked before may still search them. */
    private final List<LocalKnowledgeBase> retiredBases = new java.util.ArrayList<>();
    private TextGenerator model;
    private boolean modelLoaded;
    private TextGenerator retired;
    private final List<Runnable> modelListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closeFirst = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Answerer answerer;
    private Escalator escalator;

    public AppServices(ZhikuHome home, UiSettings settings) {
        this(home, settings, true);
    }

    /**
     * With {@code withVectors} false, indexing and search are keyword-only: no embedding model is loaded (for flow
     * tests and benchmarks that measure the window, not the embeddings).
     */
    public AppServices(ZhikuHome home, UiSettings settings, boolean withVectors) {
        // Beside the window, indexing is background work: it yields the processor to the window (0039).
        BackgroundPriority.enableForThisProcess();
        this.home = home;
        this.settings = settings;
        this.withVectors = withVectors;
        // Indexing leaves one core to the window: Linux ignores Java thread priorities, and with every core busy
        // the FX thread waited up to half a second for CPU (zhiku bench ui).
        IndexerSettings indexing = IndexerSettings.defaults();
        this.wiring = new Wiring(home, indexing.withThreads(Math.max(1, indexing.threads() - 1)));
        this.indexingService = new IndexerIndexingService((c, l) -> wiring.indexer(withVectors, c, l));
        this.indexing = new IndexingRunner(indexingService);
    }

    /** The one indexing service of the app: the start-up scan, Welcome and the knowledge panel share it. */
    public IndexerIndexingService indexingService() {
        return indexingService;
    }

    /** The composition root, for views that build their own services from it. */
    public Wiring wiring() {
        return wiring;
    }

    public ZhikuHome home() {
        return home;
    }

    public UiSettings settings() {
        return settings;
    }

    public IndexingRunner indexing() {
        return indexing;
    }

    /** The folders and files the user added to the knowledge base (empty on first run). */
    public List<String> folders() throws SQLException {
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            return catalog.roots();
        }
    }

    /** Adds {@code folders} and indexes them in the background; false when indexing already runs. */
    public boolean startIndexing(List<Path> folders) {
        return indexing.start(folders);
    }

    /** The knowledge base for searching; fails with a readable message when nothing was indexed yet. */
    public synchronized LocalKnowledgeBase knowledgeBase() throws java.io.IOException {
        if (knowledgeBase == null) {
            knowledgeBase = wiring.knowledgeBase(withVectors);
        }
        return knowledgeBase;
    }

    /**
     * Opens the knowledge base and answers {@link AnswerWarmUp}'s questions over it, extractively and for nothing, so
     * the user's first question is not the one that pays for a fresh process (decision 0086). Off the FX thread;
     * {@code -Dzhiku.ui.answerWarmUp=off} skips the questions, to measure.
     */
    public void warmUpAnswers() throws java.io.IOException {
        LocalKnowledgeBase base = knowledgeBase();
        if (!"off".equals(System.getProperty("zhiku.ui.answerWarmUp"))) {
            LOG.info("answered the warm-up questions in {} ms", AnswerWarmUp.run(wiring.extractiveAnswerer(base)));
        }
    }

    /**
     * Searches now use another model's vectors (a switch completed, docs/decisions/0044): new files get that model's
     * vectors (the indexer is opened again before the next run; call it between two runs), and the next search and
     * question open the knowledge base with it. What was open stays open until the window closes, since a search
     * begun before may still use it.
     */
    public void embeddingModelChanged() {
        indexingService.reopenLater();
        wiring.embeddingsChanged();
        synchronized (this) {
            if (knowledgeBase != null) {
                retiredBases.add(knowledgeBase);
                knowledgeBase = null;
            }
            answerer = null;
            escalator = null;
        }
    }

    /** The user chose another reranker (or none): the open knowledge base reorders with it from the next search. */
    public synchronized void rerankerChanged() {
        if (knowledgeBase != null && withVectors) {
            knowledgeBase.useReranker(wiring.reranker(), Wiring.RERANK_TOP);
        }
    }

    public ModelLibrary modelLibrary() {
        return wiring.modelLibrary();
    }

    /**
     * The answering model, loaded on first use: the model server's model chosen in Models (a server on this PC or
     * a trusted one), else the active installed model; null when none is chosen (answers are then extractive).
     */
    public synchronized TextGenerator model() {
        if (!modelLoaded) {
            model = serverModel().orElseGet(() -> {
                int threads = settings.intValue(UiSettings.THREADS, 0, 1, 256);
                return wiring.modelLibrary().active()
                        .map(m -> threads > 0 ? wiring.localModel(m.path(), threads) : wiring.localModel(m.path()))
                        .orElse(null);
            });
            modelLoaded = true;
        }
        return model;
    }

    private java.util.Optional<TextGenerator> serverModel() {
        var list = wiring.engines();
        return list.active().flatMap(choice -> list.find(choice.engine())
                .filter(engine -> engine.reach().direct())
                .map(engine -> wiring.engineModel(new dev.zhiku.rag.engine.EngineTarget(engine, choice.model()))));
    }

    /**
     * The user chose another answering model: the next question loads it (the one answering now, if any, is
     * closed once it is no longer used by a new question).
     */
    public void answeringModelChanged() {
        retireModel();
        modelListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} (on the thread that changed it) whenever the answering model was changed. */
    public void onAnsweringModelChanged(Runnable listener) {
        modelListeners.add(listener);
    }

    /** The name of the answering model for the status bar: "Ollama · qwen3.5:4b", a GGUF's name, or empty. */
    public String answeringModelName() {
        var list = wiring.engines();
        return list.active().map(c -> list.find(c.engine()).map(e -> e.answerLabel(c.model()))
                        .orElse(c.engine() + " · " + c.model()))
                .orElseGet(() -> wiring.modelLibrary().active().map(m -> m.name()).orElse(""));
    }

    private synchronized void retireModel() {
        if (retired == null) {
            retired = model;
        } else {
            closeQuietly(model);
        }
        model = null;
        modelLoaded = false;
        answerer = null;
        escalator = null;
    }

    /** The answering pipeline over the knowledge base, the active model and the user's memories. */
    public synchronized Answerer answerer() throws java.io.IOException {
        if (answerer == null) {
            // the chat asks one question at a time, so the model replaced before this question is idle now
            closeQuietly(retired);
            retired = null;
            answerer = wiring.answerer(knowledgeBase(), model(), ragSettings(), memories());
        }
        return answerer;
    }

    /** The cloud half of the router: plans (for the consent preview) and sends escalations. */
    public synchronized Escalator escalator() throws java.io.IOException {
        if (escalator == null) {
            // a server on the network chosen in Models (not trusted) is asked through the cloud path
            var list = wiring.engines();
            var network = list.active().flatMap(c -> list.find(c.engine()).filter(e -> !e.reach().direct())
                    .map(e -> new dev.zhiku.rag.engine.EngineTarget(e, c.model())));
            escalator = wiring.cloudPath(knowledgeBase(), ragSettings(), network.orElse(null));
        }
        return escalator;
    }

    /**
     * The chat's way to the cloud: the escalation flow over {@link #escalator()} (obtained on each use, so it follows
     * the answering model chosen in Models), the user's settings and {@link #model()}.
     */
    public CloudEscalation cloudEscalation() {
        return wiring.escalationFlow(() -> {
            try {
                return escalator();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("the knowledge base cannot be opened: " + e.getMessage(), e);
            }
        }, this::model);
    }

    /** The user's cloud settings (policy, service, terms to redact), read fresh. */
    public CloudConfig cloudConfig() {
        return wiring.cloudConfig();
    }

    /** Reads the cloud settings and applies them to the outbound gate (at start-up); see {@link Wiring}. */
    public CloudConfig applyCloudConfig() {
        return wiring.applyCloudConfig();
    }

    /** The record of every request that left the PC. */
    public AuditLog auditLog() {
        return wiring.auditLog();
    }

    /** The RAG defaults with the user's context budget. */
    public RagSettings ragSettings() {
        RagSettings d = RagSettings.defaults();
        int budget = settings.intValue(UiSettings.CONTEXT_TOKENS, d.contextTokens(), 100, 32_000);
        return new RagSettings(d.candidates(), d.perSource(), d.evidencePassages(), budget, d.extractive(),
                d.answerTokens(), d.historyTurns());
    }

    /** Whether the conversation store is open already (the chat screen then builds without opening it). */
    boolean conversationsOpen() {
        return wiring.conversationsOpen();
    }

    public ConversationStore conversations() {
        return wiring.conversations();
    }

    public MemoryStore memories() {
        return wiring.memories();
    }

    /** Closes {@code part} first when the app closes (screens' work that writes the index stops before it). */
    public void onClose(AutoCloseable part) {
        closeFirst.add(part);
    }

    /** Stops indexing and closes everything opened; the caller then ends the JVM (native threads stay). */
    @Override
    public void close() {
        closeFirst.forEach(AppServices::closeQuietly);
        closeAll();
    }

    private synchronized void closeAll() {
        indexing.close();
        indexingService.close();
        closeQuietly(knowledgeBase);
        retiredBases.forEach(AppServices::closeQuietly);
        closeQuietly(model);
        closeQuietly(retired);
        closeQuietly(wiring);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed", c.getClass().getSimpleName(), e);
        }
    }
}
