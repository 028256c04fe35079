package dev.zhiku.rag.cloud;

import dev.zhiku.core.GenerationException;

/** The server could not be reached at all (refused, no route, no answer to connect); nothing was answered. */
public final class ServerUnreachableException extends GenerationException {

    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
