package dev.zhiku.rag.engine;

import java.util.List;

/**
 * What a server said when asked for its models.
 *
 * @param engine    the server
 * @param available whether it answered
 * @param models    its models (empty when unavailable)
 * @param why       why it is unavailable ({@link Problem#NONE} when it answered)
 */
public record EngineStatus(Engine engine, boolean available, List<EngineModel> models, Problem why) {

    public EngineStatus {
        models = List.copyOf(models);
        why = why == null ? Problem.NONE : why;
    }

    /**
     * Why a server is unavailable, as a kind (for the window to say in its language) and the details to show.
     *
     * @param kind   what went wrong
     * @param detail the server's or the system's own words: an HTTP status, an error line, an address
     * @param where  the API path that answered with an error, or empty
     */
    public record Problem(Kind kind, String detail, String where) {

        public static final Problem NONE = new Problem(Kind.NONE, "", "");

        public enum Kind {
            NONE,
            /** Nothing listens at the address (the server is not started); detail: host:port. */
            NOT_RUNNING,
            /** A connection was made but no usable answer came; detail: what went wrong. */
            NOT_ANSWERING,
            /** The listing answered with an HTTP error; detail: "HTTP code", where: the path. */
            HTTP_ERROR,
            /** The server refused the API key; detail: "HTTP code". */
            KEY_REFUSED,
            /** Zhiku's own outbound gate refused the address; detail: the gate's reason. */
            BLOCKED,
            /** The probe was interrupted (the window closed or a newer probe began). */
            INTERRUPTED
        }

        public Problem {
            detail = detail == null ? "" : detail;
            where = where == null ? "" : where;
        }

        /** One English line for the command line and logs. */
        public String english() {
            return switch (kind) {
                case NONE -> "";
                case NOT_RUNNING -> "not running (nothing answers at " + detail + ")";
                case NOT_ANSWERING -> "not answering (" + detail + ")";
                case HTTP_ERROR -> "answered " + detail + (where.isEmpty() ? "" : " to " + where);
                case KEY_REFUSED -> "refused the API key (" + detail + ")";
                case BLOCKED -> detail;
                case INTERRUPTED -> "interrupted";
            };
        }
    }

    /** Why it is unavailable, one English line, or empty. */
    public String problem() {
        return why.english();
    }

    static EngineStatus unavailable(Engine engine, Problem.Kind kind, String detail) {
        return new EngineStatus(engine, false, List.of(), new Problem(kind, detail, ""));
    }

    static EngineStatus httpError(Engine engine, int status, String path) {
        return new EngineStatus(engine, false, List.of(), new Problem(Problem.Kind.HTTP_ERROR, "HTTP " + status, path));
    }

    static EngineStatus answered(Engine engine, List<EngineModel> models) {
        return new EngineStatus(engine, true, models, Problem.NONE);
    }
}
