package dev.zhiku.rag.engine;

import java.util.Objects;

/**
 * A server and the model on it to answer with.
 *
 * @param engine the server
 * @param model  the model's name there
 */
public record EngineTarget(Engine engine, String model) {

    public EngineTarget {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
    }

    /** "Ollama · qwen3.5:4b". */
    public String label() {
        return engine.answerLabel(model);
    }
}
