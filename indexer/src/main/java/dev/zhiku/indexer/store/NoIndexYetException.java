package dev.zhiku.indexer.store;

import java.io.IOException;

/**
 * The home has no index yet: nothing was ever indexed there. Not a failure to the person asking, who has simply not
 * added documents; the window says so (and where to add them) instead of an error.
 */
public final class NoIndexYetException extends IOException {

    public NoIndexYetException(String message, Throwable cause) {
        super(message, cause);
    }
}
