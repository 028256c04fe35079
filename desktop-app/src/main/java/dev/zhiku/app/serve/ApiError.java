package dev.zhiku.app.serve;

/**
 * A request the server refuses, with the HTTP status and a message a client can show.
 *
 * @see KnowledgeServer
 */
final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    ApiError(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "invalid_request_error", message);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
