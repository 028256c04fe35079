package dev.zhiku.app;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.core.net.Outbound;
import dev.zhiku.core.system.OwnerOnlyFiles;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.IndexerSettings;
import dev.zhiku.indexer.LocalKnowledgeBase;
import dev.zhiku.indexer.chunk.TokenCounter;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.VectorSet;
import dev.zhiku.indexer.catalog.VectorSets;
import dev.zhiku.indexer.embed.EmbeddingModelSpec;
import dev.zhiku.indexer.embed.EmbeddingSettings;
import dev.zhiku.indexer.embed.OnnxEmbeddingModel;
import dev.zhiku.indexer.power.PowerSource;
import dev.zhiku.llm.engine.EngineSettings;
import dev.zhiku.llm.engine.LlamaTextGenerator;
import dev.zhiku.llm.engine.NativeRuntime;
import dev.zhiku.llm.hardware.Hardware;
import dev.zhiku.llm.hardware.HardwareProbe;
import dev.zhiku.llm.library.ModelLibrary;
import dev.zhiku.rag.Answerer;
import dev.zhiku.rag.RagSettings;
import dev.zhiku.rag.cloud.AuditLog;
import dev.zhiku.rag.cloud.CloudConfig;
import dev.zhiku.rag.cloud.CloudConnector;
import dev.zhiku.rag.cloud.EncryptedFileSecretStore;
import dev.zhiku.rag.cloud.EscalationFlow;
import dev.zhiku.rag.cloud.EscalationPolicy;
import dev.zhiku.rag.cloud.Escalator;
import dev.zhiku.rag.cloud.SecretStore;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.memory.Memory;
import dev.zhiku.rag.memory.MemoryStore;
import dev.zhiku.rag.engine.Engine;
import dev.zhiku.rag.engine.ServerEmbeddingModel;
import dev.zhiku.rag.engine.ServerReranker;
import dev.zhiku.core.Reranker;
import dev.zhiku.rag.engine.EngineConnector;
import dev.zhiku.rag.engine.EngineGenerator;
import dev.zhiku.rag.engine.EngineList;
import dev.zhiku.rag.engine.EngineProbe;
import dev.zhiku.rag.engine.EngineReach;
import dev.zhiku.rag.engine.EngineTarget;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The composition root: builds the object graph of one Zhiku installation (home folder) from real parts — the
 * knowledge base, indexer, embeddings, answerers, conversation and memory stores, engines and the cloud path. The
 * command line, {@code zhiku serve}, {@code zhiku mcp} and the window (through {@code ui.AppServices}) obtain their
 * parts here; nothing else in the application creates them ({@code DesktopArchitectureTest} checks it). It is opened
 * by {@code cli.Homes.open} for a command or a benchmark and by {@code ui.AppServices} for the window, nowhere else
 * (checked there too). Tests build the same graph with real parts on temporary homes.
 */
public final class Wiring implements AutoCloseable {

    /** The embedding model used for every passage and query (see docs/decisions/0001-embedding-model.md). */
    public static final EmbeddingModelSpec EMBEDDING_MODEL = EmbeddingModelSpec.BGE_SMALL_ZH_V15_Q;

    /** Tokens of each passage that are embedded (title, headings and the start of the text). */
    public static final int EMBEDDING_MAX_TOKENS = Integer.getInteger("zhiku.embedding.maxTokens", 512);

    private final ZhikuHome home;
    private final IndexerSettings settings;
    private EmbeddingModel embeddings;
    private volatile String embeddingProblem = "";
    private Reranker reranker;
    /** Models and rerankers replaced while this process runs: closed with it, since searches may still use them. */
    private final List<AutoCloseable> retired = new java.util.ArrayList<>();
    private Hardware hardware;
    private AuditLog auditLog;
    private ConversationStore conversations;
    private MemoryStore memories;

    public Wiring(ZhikuHome home, IndexerSettings settings) {
        this.home = home;
        this.settings = settings;
    }

    /**
     * Makes the home owner-only (new files and folders of this process, and whatever an older version left open to
     * other users), then points logs and native-library caches below it; call before anything logs. Returns how many
     * files and folders had to be closed to other users (said once in the log; the caller may say it too).
     */
    public static int prepareHome(ZhikuHome home) throws IOException {
        OwnerOnlyFiles.restrictNewFiles();
        OwnerOnlyFiles.createFolders(home.root());
        int repaired = OwnerOnlyFiles.repair(home.root());
        OwnerOnlyFiles.createFolders(home.logsDir());
        OwnerOnlyFiles.createFolders(home.cacheDir());
        System.setProperty("zhiku.logs", home.logsDir().toString());
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
        OnnxEmbeddingModel.configureNativeCache(home.cacheDir());
        if (repaired > 0) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn(repairNotice(home, repaired));
        }
        return repaired;
    }

    /** The one line that says an existing home was made owner-only. */
    public static String repairNotice(ZhikuHome home, int repaired) {
        return "made the home folder " + home.root() + " readable by you alone: " + repaired
                + (repaired == 1 ? " file or folder was" : " files and folders were") + " open to other users";
    }

    public ZhikuHome home() {
        return home;
    }

    public IndexerSettings settings() {
        return settings;
    }

    /**
     * The embedding model of the vectors searched, loaded on first use: the bundled model, or the server's model
     * the user switched to ({@code zhiku embeddings use}, docs/decisions/0041-embedding-models-on-servers.md).
     *
     * @throws IllegalStateException when that server does not answer, with what to do
     */
    public synchronized EmbeddingModel embeddings() {
        if (embeddings == null) {
            VectorSet active = activeServerSet();
            if (active == null) {
                embeddings = bundledEmbeddings();
            } else {
                try {
                    embeddings = serverEmbeddings(active);
                } catch (RuntimeException e) {
                    throw new EmbeddingsUnavailableException(e.getMessage(), e);
                }
            }
        }
        return embeddings;
    }

    /**
     * Why the last {@link #knowledgeBase(boolean)} or {@link #indexer} with vectors works by keywords only (the
     * server of the searched vectors does not answer), or empty.
     */
    public String embeddingProblem() {
        return embeddingProblem;
    }

    /** The bundled embedding model, newly loaded; the caller closes it. */
    public EmbeddingModel bundledEmbeddings() {
        // One intra-op thread: the indexer embeds on several threads at once, which uses the cores better
        // than splitting one small matrix product across them.
        return OnnxEmbeddingModel.load(EMBEDDING_MODEL, home.cacheDir(),
                EmbeddingSettings.withThreads(1).withMaxLength(EMBEDDING_MAX_TOKENS));
    }

    /** The server's model that made a vector set, opened; the caller closes it. */
    public ServerEmbeddingModel serverEmbeddings(VectorSet set) {
        Engine engine = engines().find(set.engine()).orElseThrow(() -> new IllegalStateException("the knowledge "
                + "base searches with vectors of " + set.model() + " on the server '" + set.engine() + "', which is "
                + "no longer in the list of servers; add it again (`zhiku engines add URL --name " + set.engine()
                + "`) or go back to the bundled model (`zhiku embeddings use bundled`)"));
        ServerEmbeddingModel model = serverEmbeddings(engine, set.model(), set.queryPrefix());
        if (!model.id().equals(set.id())) {
            model.close();
            throw new IllegalStateException("the server '" + set.engine() + "' now names its model " + model.id()
                    + ", not " + set.id() + "; choose the model again with `zhiku embeddings use`");
        }
        return model;
    }

    /**
     * A server's embedding model, opened (one probe request learns its dimension); the caller closes it.
     *
     * @throws IllegalArgumentException for a server on the network the user has not marked trusted
     */
    public ServerEmbeddingModel serverEmbeddings(Engine engine, String model, String queryPrefix) {
        if (engine.reach() == EngineReach.TRUSTED_NETWORK) {
            Outbound.trustServer(engine.address());
        }
        return ServerEmbeddingModel.open(engine, model, engineKey(engine), queryPrefix);
    }

    /** The knowledge base's vector sets and the one searched (nothing recorded while there is no index). */
    public VectorSets vectorSets() {
        if (!Files.exists(home.indexDir())) {
            return new VectorSets(EMBEDDING_MODEL.id(), java.util.List.of());
        }
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            return VectorSets.read(catalog);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    /**
     * The pointer to the searched vectors moved (a switch in the window completed): the next {@link #embeddings()}
     * opens the model it names. The model used until now stays open until this wiring closes, since a search that
     * began before may still embed its query with it.
     */
    public synchronized void embeddingsChanged() {
        if (embeddings != null) {
            retired.add(embeddings);
            embeddings = null;
        }
    }

    private static final String SWITCH_STOPPED = "vector_set.stopped";

    /**
     * The set whose building the user stopped (the window then does not resume it at start), or empty; a set being
     * built that is not this one was interrupted (closed window, crash) and is resumed.
     */
    public String stoppedSwitch() {
        if (!Files.exists(home.indexDir())) {
            return "";
        }
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            return catalog.meta(SWITCH_STOPPED).orElse("");
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    /** Records that the user stopped building {@code id} (empty: nothing stopped by the user). */
    public void markSwitchStopped(String id) {
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            catalog.putMeta(SWITCH_STOPPED, id == null ? "" : id);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the catalog failed: " + e.getMessage(), e);
        }
    }

    /** Hits a reranker reorders: the best 20 of a search. */
    public static final int RERANK_TOP = Integer.getInteger("zhiku.rerank.top", 20);
    private static final String RERANK_ENGINE = "reranker.engine";
    private static final String RERANK_MODEL = "reranker.model";

    /**
     * The reranker the user chose for this knowledge base ({@code zhiku embeddings rerank}), opened on first use, or
     * null (the default: none). A server no longer in the list of servers gives none, with a warning in the log.
     */
    public synchronized Reranker reranker() {
        if (reranker == null && !Files.exists(home.indexDir())) {
            return null;
        }
        if (reranker == null) {
            String[] chosen = rerankerChoice();
            if (chosen == null) {
                return null;
            }
            Optional<Engine> engine = engines().find(chosen[0]);
            if (engine.isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("the reranker's server {} is no longer in the "
                        + "list of servers; passages keep the search's order", chosen[0]);
                return null;
            }
            reranker = serverReranker(engine.get(), chosen[1]);
        }
        return reranker;
    }

    /** A server's reranking model; the caller closes it. */
    public ServerReranker serverReranker(Engine engine, String model) {
        if (engine.reach() == EngineReach.TRUSTED_NETWORK) {
            Outbound.trustServer(engine.address());
        }
        return ServerReranker.open(engine, model, engineKey(engine));
    }

    /** Keeps the reranker choice in the catalog (null: none). */
    public void chooseReranker(Engine engine, String model) {
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            catalog.putMeta(RERANK_ENGINE, engine == null ? "" : engine.name());
            catalog.putMeta(RERANK_MODEL, engine == null ? "" : model);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the catalog failed: " + e.getMessage(), e);
        }
        synchronized (this) {
            // the next reranker() opens the new choice; the old one may still be reordering a search
            if (reranker != null) {
                retired.add(reranker);
                reranker = null;
            }
        }
    }

    /** The chosen reranker's server and model names, or null. */
    public String[] rerankerChoice() {
        if (!Files.exists(home.indexDir())) {
            return null;
        }
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            String engine = catalog.meta(RERANK_ENGINE).orElse("");
            String model = catalog.meta(RERANK_MODEL).orElse("");
            return engine.isEmpty() || model.isEmpty() ? null : new String[] {engine, model};
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    /** The vector set searched when a server's model made it, else null (the bundled model's, or no index yet). */
    private VectorSet activeServerSet() {
        if (!Files.exists(home.indexDir())) {
            return null;
        }
        try (Catalog catalog = Catalog.open(home.catalogBase())) {
            String active = catalog.activeVectorSet();
            return catalog.vectorSet(active).filter(VectorSet::onServer).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    /**
     * Counts tokens for chunk budgets: the fast estimate calibrated on the embedding model's WordPiece vocabulary
     * (running the real tokenizer on every sentence made the keyword phase four times slower).
     */
    public TokenCounter tokenCounter() {
        return TokenCounter.estimating();
    }

    public Indexer indexer(boolean withVectors, IndexControl control, ProgressListener listener)
            throws IOException, SQLException {
        EmbeddingModel model = null;
        if (withVectors) {
            try {
                model = embeddings();
            } catch (EmbeddingsUnavailableException e) {
                // Files are still read and keyword-searchable; their vectors wait until the server is back.
                embeddingProblem = "indexing without vectors for now: " + e.getMessage();
                org.slf4j.LoggerFactory.getLogger(Wiring.class).warn(embeddingProblem);
            }
        }
        return new Indexer(home, settings, model, tokenCounter(), control, new PowerSource(), listener);
    }

    /** The user's models (downloaded and added), in the home's models folder. */
    public ModelLibrary modelLibrary() {
        return new ModelLibrary(home.modelsDir());
    }

    /** This machine's RAM, cores, CPU features, power and memory bandwidth (measured once, then cached). */
    public synchronized Hardware hardware() {
        if (hardware == null) {
            hardware = HardwareProbe.forThisMachine(new PowerSource()::state, home.cacheDir()).probe();
        }
        return hardware;
    }

    /** Loads a local GGUF model with threads on the physical cores; the caller closes it. */
    public TextGenerator localModel(Path file) {
        NativeRuntime.prepare(home.cacheDir().resolve("llama"));
        Hardware hw = hardware();
        return LlamaTextGenerator.load(file, EngineSettings.defaults(hw.physicalCores()), hw.availableRamBytes());
    }

    /** Loads a local GGUF model with the given number of threads (the user's setting); the caller closes it. */
    public TextGenerator localModel(Path file, int threads) {
        NativeRuntime.prepare(home.cacheDir().resolve("llama"));
        Hardware hw = hardware();
        return LlamaTextGenerator.load(file, EngineSettings.defaults(threads), hw.availableRamBytes());
    }

    public LocalKnowledgeBase knowledgeBase(boolean withVectors) throws IOException {
        EmbeddingModel model = null;
        if (withVectors) {
            try {
                model = embeddings();
            } catch (EmbeddingsUnavailableException e) {
                embeddingProblem = "searching by keywords only: " + e.getMessage();
                org.slf4j.LoggerFactory.getLogger(Wiring.class).warn(embeddingProblem);
            }
        }
        LocalKnowledgeBase kb = LocalKnowledgeBase.open(home, settings.fusion(), model);
        if (withVectors) {
            Reranker r = reranker();
            if (r != null) {
                kb.useReranker(r, RERANK_TOP);
            }
        }
        return kb;
    }

    /** The user's cloud settings, read fresh (reading them changes nothing; see {@link #applyCloudConfig}). */
    public CloudConfig cloudConfig() {
        return CloudConfig.load(home.root());
    }

    /**
     * Reads the user's cloud settings and tells the process-wide outbound gate whether cloud requests may leave
     * (only when a service is set up and the policy is not "never"); returns the settings read. The cloud path calls
     * it before each plan and send, so a change saved by another process counts at once.
     */
    public CloudConfig applyCloudConfig() {
        CloudConfig config = cloudConfig();
        Outbound.allowCloud(config.policy() != EscalationPolicy.NEVER && config.isConfigured());
        return config;
    }

    /** Saves the cloud settings and applies the policy to the outbound gate at once. */
    public void saveCloudConfig(CloudConfig config) {
        config.save(home.root());
        Outbound.allowCloud(config.policy() != EscalationPolicy.NEVER && config.isConfigured());
    }

    /** Where the cloud API key is kept, encrypted and readable only by the user. */
    public SecretStore secrets() {
        return EncryptedFileSecretStore.open(home.root().resolve("secrets"));
    }

    /** The record of every request that left the PC. */
    public synchronized AuditLog auditLog() {
        if (auditLog == null) {
            auditLog = AuditLog.open(home.root().resolve("audit"));
        }
        return auditLog;
    }

    /** The cloud half of the router, over a knowledge base, with the user's settings, key and audit log. */
    public Escalator escalator(KnowledgeBase knowledgeBase, RagSettings ragSettings) {
        return new Escalator(knowledgeBase, ragSettings, this::applyCloudConfig, secrets(), auditLog(),
                CloudConnector.OPENAI_COMPATIBLE);
    }

    /**
     * The cloud path of a question: through {@code networkServer} (a server on the network the user has not marked
     * trusted, see {@link #engineEscalator}) when one answers, else to the user's cloud service.
     */
    public Escalator cloudPath(KnowledgeBase knowledgeBase, RagSettings ragSettings, EngineTarget networkServer) {
        return networkServer != null ? engineEscalator(knowledgeBase, ragSettings, networkServer)
                : escalator(knowledgeBase, ragSettings);
    }

    /**
     * The escalation flow of {@code zhiku ask} and the window's chat over a cloud path ({@link #cloudPath}, obtained
     * when first needed), the user's cloud settings and the local model of the answer ({@code () -> null}: none).
     */
    public EscalationFlow escalationFlow(Supplier<Escalator> cloudPath, Supplier<TextGenerator> localModel) {
        return new EscalationFlow(cloudPath, this::cloudConfig, localModel);
    }

    /** The answering pipeline over a knowledge base and a model (null: extractive answers), without memories. */
    public Answerer answerer(KnowledgeBase knowledgeBase, TextGenerator model, RagSettings ragSettings) {
        return new Answerer(knowledgeBase, model, ragSettings, q -> List.of());
    }

    /** Extractive answers only (no model, never the cloud) over {@code knowledgeBase}, as {@code zhiku mcp} gives. */
    public Answerer extractiveAnswerer(KnowledgeBase knowledgeBase) {
        return answerer(knowledgeBase, null, RagSettings.defaults());
    }

    /** The answering pipeline that also gives the model the user's three memories most relevant to a question. */
    public Answerer answerer(KnowledgeBase knowledgeBase, TextGenerator model, RagSettings ragSettings,
                             MemoryStore memories) {
        return new Answerer(knowledgeBase, model, ragSettings,
                q -> memories.relevant(q, 3).stream().map(Memory::text).toList());
    }

    /** Whether {@link #conversations()} has opened the store already. */
    public synchronized boolean conversationsOpen() {
        return conversations != null;
    }

    /** The conversations of this home, opened on first use and closed with the wiring. */
    public synchronized ConversationStore conversations() {
        if (conversations == null) {
            conversations = ConversationStore.open(conversationsBase());
        }
        return conversations;
    }

    /** The user's memories (kept beside the conversations), opened on first use and closed with the wiring. */
    public synchronized MemoryStore memories() {
        if (memories == null) {
            memories = MemoryStore.open(conversationsBase());
        }
        return memories;
    }

    private Path conversationsBase() {
        return home.root().resolve("conversations");
    }

    /**
     * The model servers of this home (Ollama, LM Studio, Jan, llama-server on this PC, and those the user added);
     * the servers the user marked trusted are let through the outbound gate.
     */
    public EngineList engines() {
        EngineList list = new EngineList(home.root());
        list.all().stream().filter(e -> e.reach() == EngineReach.TRUSTED_NETWORK)
                .forEach(e -> Outbound.trustServer(e.address()));
        return list;
    }

    /**
     * Lets requests to servers on the network (not marked trusted) through the gate's cloud purpose unless the
     * user's policy is "never": listing their models sends none of the user's text, and questions to them still go
     * through the cloud path's preview, redaction and audit.
     */
    public void allowNetworkEngines() {
        Outbound.allowCloud(CloudConfig.load(home.root()).policy() != EscalationPolicy.NEVER);
    }

    /** The name a server's API key is kept under in {@link #secrets()}. */
    public static String engineKeyName(Engine engine) {
        return "engine." + engine.name().toLowerCase(Locale.ROOT) + ".apiKey";
    }

    /** The API key stored for a server (for one, the token of another home's {@code zhiku serve}), or empty. */
    public String engineKey(Engine engine) {
        return engine.builtIn() ? "" : secrets().get(engineKeyName(engine)).orElse("");
    }

    /**
     * Opens a server's model to write answers directly: a server on this PC, or one the user trusts. The prompt
     * budget follows the context Ollama reports for the model, else the server's setting. The caller closes it.
     */
    public EngineGenerator engineModel(EngineTarget target) {
        Engine engine = target.engine();
        if (engine.reach() == EngineReach.TRUSTED_NETWORK) {
            Outbound.trustServer(engine.address());
        }
        try (EngineProbe probe = new EngineProbe()) {
            int context = EngineConnector.contextFor(engine, target.model(), probe);
            return EngineConnector.open(engine, target.model(), engineKey(engine), context);
        }
    }

    /**
     * The cloud path to a server on the network that the user has not marked trusted: the user's policy and terms
     * to redact, this server as the service (its OpenAI-compatible API), its own key — never the cloud key —, and
     * the same audit log.
     */
    public Escalator engineEscalator(KnowledgeBase knowledgeBase, RagSettings ragSettings, EngineTarget target) {
        Engine engine = target.engine();
        Supplier<CloudConfig> config = () -> {
            CloudConfig user = CloudConfig.load(home.root());
            CloudConfig served = new CloudConfig(user.policy(), engine.apiBase().toString(), target.model(),
                    engine.contextSetting(), user.redactTerms());
            Outbound.allowCloud(served.policy() != EscalationPolicy.NEVER);
            return served;
        };
        String key = engineKey(engine);
        SecretStore onlyThisServersKey = new SecretStore() {
            @Override
            public Optional<String> get(String name) {
                return SecretStore.CLOUD_API_KEY.equals(name) && !key.isEmpty() ? Optional.of(key) : Optional.empty();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException("keys of servers are stored with zhiku engines add");
            }

            @Override
            public void delete(String name) {
                throw new UnsupportedOperationException("keys of servers are removed with zhiku engines remove");
            }
        };
        return new Escalator(knowledgeBase, ragSettings, config, onlyThisServersKey, auditLog(),
                CloudConnector.OPENAI_COMPATIBLE);
    }

    @Override
    public synchronized void close() {
        if (conversations != null) {
            conversations.close();
            conversations = null;
        }
        if (memories != null) {
            memories.close();
            memories = null;
        }
        if (auditLog != null) {
            auditLog.close();
            auditLog = null;
        }
        if (embeddings != null) {
            embeddings.close();
            embeddings = null;
        }
        if (reranker != null) {
            reranker.close();
            reranker = null;
        }
        for (AutoCloseable r : retired) {
            try {
                r.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("closing a replaced model failed", e);
            }
        }
        retired.clear();
    }
}
