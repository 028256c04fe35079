package dev.zhiku.rag.engine;

import java.util.Objects;

/**
 * The model answers use when it runs on a server: which server, which of its models.
 *
 * @param engine the server's name
 * @param model  the model's name on that server
 */
public record EngineChoice(String engine, String model) {

    public EngineChoice {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(model, "model");
    }
}
