package dev.zhiku.indexer.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.zhiku.core.EmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A BERT-style sentence encoder run with onnxruntime: [CLS] pooling and L2 normalisation, as BGE models expect.
 *
 * <p>Thread-safe: several threads may embed at once (onnxruntime sessions and HuggingFace tokenizers allow
 * concurrent use); {@link #close()} waits for running calls and then frees the native session.
 */
public final class OnnxEmbeddingModel implements EmbeddingModel {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbeddingModel.class);
    private static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final String HIDDEN_STATE = "last_hidden_state";

    private final EmbeddingModelSpec spec;
    private final EmbeddingSettings settings;
    private final OrtEnvironment environment;
    private final OrtSession.SessionOptions sessionOptions;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final HuggingFaceTokenizer counter;
    private final BatchPlanner planner;
    private final boolean feedsTokenTypes;
    private final String outputName;
    private final int specialTokens;
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxEmbeddingModel(EmbeddingModelSpec spec, EmbeddingSettings settings) throws OrtException {
        this.spec = spec;
        this.settings = settings;
        this.planner = new BatchPlanner(settings.maxBatchSize(), settings.maxBatchTokens());
        byte[] tokenizerJson = ModelResources.tokenizerJson(spec);
        this.tokenizer = newTokenizer(tokenizerJson, true, settings.maxLength());
        this.counter = newTokenizer(tokenizerJson, false, settings.maxLength());
        this.specialTokens = tokenizer.encode("").getIds().length;
        this.environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "zhiku");
        RuntimeFolder.removeCopies();
        this.sessionOptions = new OrtSession.SessionOptions();
        try {
            sessionOptions.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            sessionOptions.setIntraOpNumThreads(settings.threads());
            sessionOptions.setInterOpNumThreads(1);
            sessionOptions.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            sessionOptions.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Shapes change with every batch: a memory pattern never fits, and the arena would keep the peak.
            sessionOptions.setMemoryPatternOptimization(false);
            sessionOptions.setCPUArenaAllocator(false);
            // Indexing runs in the background of a desktop app: idle worker threads sleep instead of spinning.
            sessionOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(ModelResources.onnxModel(spec), sessionOptions);
        } catch (OrtException | RuntimeException e) {
            sessionOptions.close();
            tokenizer.close();
            counter.close();
            throw e;
        }
        try {
            this.feedsTokenTypes = checkInputs(session.getInputNames());
            this.outputName = chooseOutput(session.getOutputInfo());
        } catch (RuntimeException e) {
            session.close();
            sessionOptions.close();
            tokenizer.close();
            counter.close();
            throw e;
        }
    }

    /**
     * Loads a model with default settings except the thread count, after pointing DJL's native cache at
     * {@code cacheDir}.
     */
    public static OnnxEmbeddingModel load(EmbeddingModelSpec spec, Path cacheDir, int threads) {
        return load(spec, cacheDir, EmbeddingSettings.withThreads(threads));
    }

    /** Loads a model; {@code cacheDir} receives DJL's tokenizer library unless DJL_CACHE_DIR is already set. */
    public static OnnxEmbeddingModel load(EmbeddingModelSpec spec, Path cacheDir, EmbeddingSettings settings) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(settings, "settings");
        if (settings.maxLength() > spec.maxLength()) {
            throw new IllegalArgumentException("maxLength " + settings.maxLength() + " exceeds what " + spec.id()
                    + " accepts (" + spec.maxLength() + " tokens)");
        }
        configureNativeCache(cacheDir);
        long start = System.nanoTime();
        try {
            OnnxEmbeddingModel model = new OnnxEmbeddingModel(spec, settings);
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("Loaded embedding model {} (dim {}, max {} tokens, {} threads) in {} ms", spec.id(),
                    spec.dimension(), settings.maxLength(), settings.threads(), millis);
            return model;
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime cannot load embedding model " + spec.id() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Makes DJL extract its native tokenizer library under {@code cacheDir} instead of {@code ~/.djl.ai}, and
     * keeps DJL offline. Does nothing when the environment or a system property already sets DJL_CACHE_DIR.
     * Must run before the first tokenizer is created; {@link #load} calls it.
     */
    public static synchronized void configureNativeCache(Path cacheDir) {
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getenv(DJL_CACHE_DIR) != null || System.getProperty(DJL_CACHE_DIR) != null) {
            return;
        }
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the native library cache " + cacheDir
                    + "; check that the folder is writable", e);
        }
        System.setProperty(DJL_CACHE_DIR, cacheDir.toAbsolutePath().toString());
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    public EmbeddingModelSpec spec() {
        return spec;
    }

    public EmbeddingSettings settings() {
        return settings;
    }

    /** Most tokens of text that are embedded before truncation (maximum length minus [CLS] and [SEP]). */
    public int maxTextTokens() {
        return settings.maxLength() - specialTokens;
    }

    /** Number of model tokens in {@code text}, without [CLS]/[SEP] and without truncation; no ONNX run. */
    public int countTokens(String text) {
        Objects.requireNonNull(text, "text");
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return counter.encode(text, false, false).getIds().length;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        return embed(texts);
    }

    /**
     * The texts dealt out in turn to the cores ({@code zhiku.embedding.atOnce} of them, by default all): this thread
     * embeds one share, helper threads the others. Each text is still one run of its own, so every vector is the one
     * {@link #embedPassages} gives.
     */
    @Override
    public List<float[]> embedPassagesAtOnce(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        int parts = Math.min(texts.size(), AT_ONCE);
        if (parts <= 1) {
            return embed(texts);
        }
        List<List<String>> shares = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<String> share = new ArrayList<>();
            for (int i = p; i < texts.size(); i += parts) {
                share.add(texts.get(i));
            }
            shares.add(share);
        }
        List<Future<List<float[]>>> helped = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            List<String> share = shares.get(p);
            helped.add(Helpers.POOL.submit(() -> embed(share)));
        }
        List<List<float[]>> done = new ArrayList<>();
        try {
            done.add(embed(shares.getFirst()));
            for (Future<List<float[]>> f : helped) {
                done.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            helped.forEach(f -> f.cancel(true)); // no-ops when done; stops the others after a failure
        }
        float[][] vectors = new float[texts.size()][];
        for (int p = 0; p < parts; p++) {
            List<float[]> share = done.get(p);
            for (int k = 0; k < share.size(); k++) {
                vectors[p + k * parts] = share.get(k);
            }
        }
        return List.of(vectors);
    }

    /** Cores {@link #embedPassagesAtOnce} spreads over ({@code -Dzhiku.embedding.atOnce=1}: none, to measure). */
    private static final int AT_ONCE = Integer.getInteger("zhiku.embedding.atOnce",
            Runtime.getRuntime().availableProcessors());

    /** Helper threads of {@link #embedPassagesAtOnce}: daemons, one fewer than the cores, ended after 30 s idle. */
    private static final class Helpers {
        static final ExecutorService POOL = pool();

        private static ExecutorService pool() {
            int threads = Math.max(1, AT_ONCE - 1);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "zhiku-embed-helper");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }

    @Override
    public float[] embedQuery(String query) {
        Objects.requireNonNull(query, "query");
        return embed(List.of(spec.queryPrefix() + query)).getFirst();
    }

    private List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < texts.size(); i++) {
            Objects.requireNonNull(texts.get(i), () -> "texts contains null");
        }
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
            int[] lengths = Arrays.stream(encodings).mapToInt(e -> e.getIds().length).toArray();
            float[][] vectors = new float[texts.size()][];
            for (int[] batch : planner.plan(lengths)) {
                run(encodings, batch, vectors);
            }
            return List.of(vectors);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding with " + spec.id() + " failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void run(Encoding[] encodings, int[] batch, float[][] vectors) throws OrtException {
        int rows = batch.length;
        int width = 0;
        for (int index : batch) {
            width = Math.max(width, encodings[index].getIds().length);
        }
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        long[] types = new long[rows * width];
        for (int row = 0; row < rows; row++) {
            Encoding encoding = encodings[batch[row]];
            long[] rowIds = encoding.getIds();
            System.arraycopy(rowIds, 0, ids, row * width, rowIds.length);
            System.arraycopy(encoding.getAttentionMask(), 0, mask, row * width, rowIds.length);
            System.arraycopy(encoding.getTypeIds(), 0, types, row * width, rowIds.length);
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (feedsTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(outputName))) {
                OnnxValue value = result.get(0);
                FloatBuffer hidden = ((OnnxTensor) value).getFloatBuffer();
                int dim = spec.dimension();
                int rowStride = width * dim;
                for (int row = 0; row < rows; row++) {
                    float[] cls = new float[dim];
                    hidden.get(row * rowStride, cls); // token 0 of the row is [CLS]
                    vectors[batch[row]] = VectorMath.normalize(cls);
                }
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("embedding model " + spec.id() + " is closed");
        }
    }

    private boolean checkInputs(Set<String> names) {
        if (!names.contains(INPUT_IDS) || !names.contains(ATTENTION_MASK)) {
            throw new IllegalStateException("embedding model " + spec.id() + " expects inputs " + names
                    + "; a BERT encoder needs input_ids and attention_mask");
        }
        for (String name : names) {
            if (!name.equals(INPUT_IDS) && !name.equals(ATTENTION_MASK) && !name.equals(TOKEN_TYPE_IDS)) {
                throw new IllegalStateException("embedding model " + spec.id() + " has an unknown input '"
                        + name + "'");
            }
        }
        LOG.debug("Embedding model {} inputs: {}", spec.id(), names);
        return names.contains(TOKEN_TYPE_IDS);
    }

    private String chooseOutput(Map<String, NodeInfo> outputs) {
        String name = outputs.containsKey(HIDDEN_STATE) ? HIDDEN_STATE : outputs.keySet().iterator().next();
        if (outputs.get(name).getInfo() instanceof TensorInfo info) {
            long[] shape = info.getShape();
            if (shape.length != 3 || (shape[2] > 0 && shape[2] != spec.dimension())) {
                throw new IllegalStateException("embedding model " + spec.id() + " output '" + name + "' has shape "
                        + Arrays.toString(shape) + "; expected [batch, tokens, " + spec.dimension() + "]");
            }
        }
        return name;
    }

    private static HuggingFaceTokenizer newTokenizer(byte[] json, boolean truncate, int maxLength) {
        Map<String, String> options = new HashMap<>();
        options.put("addSpecialTokens", "true");
        options.put("padding", "false");
        options.put("truncation", Boolean.toString(truncate));
        options.put("maxLength", Integer.toString(maxLength));
        try {
            return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer definition", e);
        }
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            List<Exception> failures = new ArrayList<>();
            try {
                session.close();
            } catch (OrtException e) {
                failures.add(e);
            }
            sessionOptions.close();
            tokenizer.close();
            counter.close();
            failures.forEach(e -> LOG.warn("Closing embedding model {} failed: {}", spec.id(), e.getMessage()));
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
