package dev.zhiku.llm.engine;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the one local model of the application. {@link #load} validates and loads on a background thread
 * (named {@code zhiku-model-loader}), unloading the previous model first; listeners see {@link Event}s for each
 * state change. llama.cpp does not report loading progress through the binding, so progress is 0 (validating),
 * 0.1 (loading) and 1 (ready).
 */
public final class ModelSlot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelSlot.class);

    /** Where the slot stands. */
    public enum State { EMPTY, LOADING, READY, FAILED }

    /** A state change: the file, the state, progress 0..1 and, when FAILED, the reason. */
    public record Event(Path file, State state, double progress, String message) {
    }

    private final CopyOnWriteArrayList<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.EMPTY;
    private volatile String failure = "";
    private volatile LlamaTextGenerator current;

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public State state() {
        return state;
    }

    /** Why the last load failed, or empty. */
    public String failure() {
        return failure;
    }

    public Optional<LlamaTextGenerator> current() {
        return Optional.ofNullable(current);
    }

    /** Unloads the current model and loads {@code file} in the background. */
    public synchronized CompletableFuture<LlamaTextGenerator> load(Path file, EngineSettings settings,
                                                                   long availableBytes) {
        unload();
        state = State.LOADING;
        fire(file, 0, "");
        CompletableFuture<LlamaTextGenerator> result = new CompletableFuture<>();
        Thread.ofPlatform().name("zhiku-model-loader").daemon().start(() -> {
            try {
                fire(file, 0.1, "");
                LlamaTextGenerator llm = LlamaTextGenerator.load(file, settings, availableBytes);
                synchronized (this) {
                    current = llm;
                    state = State.READY;
                    failure = "";
                }
                fire(file, 1, "");
                result.complete(llm);
            } catch (RuntimeException e) {
                LOG.warn("model not loaded: {}", e.getMessage());
                failure = e.getMessage();
                state = State.FAILED;
                fire(file, 0, failure);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Frees the native memory of the current model, if any. */
    public synchronized void unload() {
        LlamaTextGenerator old = current;
        current = null;
        if (old != null) {
            old.close();
        }
        if (state == State.READY) {
            state = State.EMPTY;
            fire(null, 0, "");
        }
    }

    @Override
    public void close() {
        unload();
    }

    private void fire(Path file, double progress, String message) {
        Event e = new Event(file, state, progress, message);
        listeners.forEach(l -> l.accept(e));
    }
}
