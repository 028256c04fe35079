package dev.zhiku.rag.engine;

import java.util.List;

/**
 * What a server said when asked for its models.
 *
 * @param engine    the server
 * @param available whether it answered
 * @param models    its models (empty when unavailable)
 * @param problem   why it is unavailable, one line, or empty
 */
public record EngineStatus(Engine engine, boolean available, List<EngineModel> models, String problem) {

    public EngineStatus {
        models = List.copyOf(models);
        problem = problem == null ? "" : problem;
    }

    /** How {@link #problem} begins when nothing listens at the server's address (the server is not started). */
    public static final String NOT_RUNNING = "not running";

    static EngineStatus unavailable(Engine engine, String problem) {
        return new EngineStatus(engine, false, List.of(), problem);
    }
}
