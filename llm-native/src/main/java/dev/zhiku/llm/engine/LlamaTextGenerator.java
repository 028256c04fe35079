package dev.zhiku.llm.engine;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.core.GenerationException;
import dev.zhiku.core.GenerationRequest;
import dev.zhiku.core.GenerationResult;
import dev.zhiku.core.TextGenerator;
import dev.zhiku.core.TokenSink;
import dev.zhiku.core.prompt.PromptFit;
import dev.zhiku.core.prompt.PromptFitter;
import dev.zhiku.llm.gguf.GgufValidator;
import dev.zhiku.llm.gguf.ModelCheck;
import dev.zhiku.llm.gguf.ModelFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GGUF model loaded through llama.cpp (JNI), answering conversations with the model's own chat template.
 *
 * <p><b>Loading</b> validates the header first ({@link GgufValidator}), so a file llama.cpp cannot load is refused
 * with a reason before anything native runs; a native failure still becomes a {@link ModelLoadException}.
 *
 * <p><b>Context policy</b>: see {@link PromptFitter} — oldest turns are dropped first, then the longest user
 * message is shortened from its middle; {@link GenerationResult#fitNote()} says what was done.
 *
 * <p><b>Streaming and Stop</b>: tokens are pulled from the native iterator on the calling thread; the loop polls
 * {@link GenerationControl#isStopped()} after every token and, when stopped, cancels the native task from the same
 * thread (cancelling from another thread can hang). Stop strings are matched here, not natively, so the finish
 * reason is exact and no part of a stop string reaches the sink.
 *
 * <p><b>Prompt cache</b>: every request sets {@code cache_prompt}; llama.cpp keeps the last prompt and answer in its
 * single slot's KV cache, so a follow-up turn only processes the new tokens. {@link GenerationResult#cachedTokens()}
 * reports the reused prefix. Requests run one at a time.
 *
 * <p><b>JVM exit</b>: after a model was loaded the JVM does not exit on its own; close the model, then call
 * {@code System.exit}.
 */
public final class LlamaTextGenerator implements TextGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LlamaTextGenerator.class);

    private final LlamaModel model;
    private final ModelFacts facts;
    private final EngineSettings settings;
    private final PromptFitter fitter;
    private final PromptCache cache = new PromptCache();
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private LlamaTextGenerator(LlamaModel model, ModelFacts facts, EngineSettings settings) {
        this.model = model;
        this.facts = facts;
        this.settings = settings;
        this.fitter = new PromptFitter(this::render, this::countTokens);
    }

    /**
     * Validates and loads a model.
     *
     * @param availableBytes memory free for it; 0 skips the memory check
     * @throws ModelLoadException with a reason a person understands
     */
    public static LlamaTextGenerator load(Path file, EngineSettings settings, long availableBytes) {
        ModelCheck check = GgufValidator.check(file, settings.contextSize(), availableBytes);
        if (!check.ok()) {
            throw new ModelLoadException("cannot load " + file.getFileName() + ": " + check.reason());
        }
        if (System.getProperty(NativeRuntime.TMPDIR_PROPERTY) == null) {
            NativeRuntime.prepare(NativeRuntime.defaultLibraryDir());
        }
        ModelParameters params = new ModelParameters().setModel(file.toString())
                .setCtxSize(settings.contextSize()).setThreads(settings.threads())
                .setThreadsBatch(settings.threads()).setBatchSize(settings.batchSize()).setParallel(1);
        if (settings.gpuLayers() > 0) {
            // Only a GPU build of the native library uses this; the bundled CPU build warns about it.
            params.setGpuLayers(settings.gpuLayers());
        }
        if (settings.quiet()) {
            params.disableLog();
        }
        long start = System.nanoTime();
        try {
            LlamaModel model = new LlamaModel(params);
            LOG.info("loaded {} in {} ms", file.getFileName(), (System.nanoTime() - start) / 1_000_000);
            return new LlamaTextGenerator(model, check.facts().orElseThrow(), settings);
        } catch (RuntimeException e) {
            throw new ModelLoadException("cannot load " + file.getFileName() + ": llama.cpp refused it ("
                    + e.getMessage() + ")", e);
        }
    }

    public ModelFacts facts() {
        return facts;
    }

    @Override
    public String id() {
        return facts.name();
    }

    @Override
    public int contextLength() {
        return settings.contextSize();
    }

    @Override
    public int countTokens(String text) {
        return model.encode(text).length;
    }

    /** The prompt the model's chat template makes of a conversation, ending with the assistant's turn. */
    public String render(List<ChatMessage> messages) {
        StringBuilder system = new StringBuilder();
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage m : messages) {
            switch (m.role()) {
                case SYSTEM -> system.append(system.isEmpty() ? "" : "\n\n").append(m.content());
                case USER -> turns.add(new Pair<>("user", m.content()));
                case ASSISTANT -> turns.add(new Pair<>("assistant", m.content()));
            }
        }
        InferenceParameters p = new InferenceParameters("").setMessages(system.toString(), turns)
                .setUseChatTemplate(true);
        return model.applyTemplate(p);
    }

    @Override
    public GenerationResult generate(GenerationRequest request, TokenSink sink, GenerationControl control) {
        long start = System.nanoTime();
        lock.lock();
        try {
            if (closed) {
                throw new GenerationException("the model was closed");
            }
            PromptFit fit = fitter.fit(request.messages(), request.maxTokens(), settings.contextSize());
            int[] promptTokens = model.encode(fit.prompt());
            int cached = cache.reusable(promptTokens);
            InferenceParameters params = new InferenceParameters(fit.prompt()).setNPredict(fit.maxTokens())
                    .setCachePrompt(true).setTemperature((float) request.temperature())
                    .setTopP((float) request.topP()).setSeed((int) request.seed());
            if (request.jsonSchema() != null) {
                params.setGrammar(LlamaModel.jsonSchemaToGrammar(request.jsonSchema()));
            }
            GenerationRun run = new GenerationRun(model, request.stop(), fit.maxTokens(), sink, control);
            GenerationRun.Outcome out = run.stream(params, start);
            cache.remember(model.encode(fit.prompt() + out.text()));
            long total = (System.nanoTime() - start) / 1_000_000;
            return new GenerationResult(out.text(), out.finish(), promptTokens.length, cached, out.tokens(),
                    out.firstTokenMillis(), total, out.tokensPerSecond(), fit.note());
        } catch (GenerationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GenerationException("the local model failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Frees the native memory; waits for a running generation to end. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                model.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
