package dev.zhiku.app.ui.models;

/**
 * A model the knowledge base can be searched with: the bundled one, or a model a server runs.
 *
 * @param engine      the server's name ({@code zhiku engines list}), or empty for the bundled model
 * @param model       the model's name on that server, or empty for the bundled model
 * @param queryPrefix put before every search query, for models that want an instruction, or empty
 */
public record EmbeddingTarget(String engine, String model, String queryPrefix) {

    public EmbeddingTarget {
        engine = engine == null ? "" : engine.strip();
        model = model == null ? "" : model.strip();
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
    }

    /** The bundled model. */
    public static EmbeddingTarget bundled() {
        return new EmbeddingTarget("", "", "");
    }

    public boolean isBundled() {
        return engine.isEmpty();
    }
}
