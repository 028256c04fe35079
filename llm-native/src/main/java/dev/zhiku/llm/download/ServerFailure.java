package dev.zhiku.llm.download;

import java.io.IOException;

/** The server answered with a 5xx: worth a retry, like a network error. */
final class ServerFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ServerFailure(int status) {
        super("the server failed (HTTP " + status + ")");
        this.status = status;
    }

    int status() {
        return status;
    }
}
