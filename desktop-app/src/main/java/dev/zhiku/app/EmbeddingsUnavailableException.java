package dev.zhiku.app;

/**
 * The server whose model made the searched vectors cannot embed now (not running, the model gone, no longer in the
 * list of servers); the message says what to do.
 */
public final class EmbeddingsUnavailableException extends IllegalStateException {

    public EmbeddingsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
