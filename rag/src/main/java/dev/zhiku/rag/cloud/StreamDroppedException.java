package dev.zhiku.rag.cloud;

import dev.zhiku.core.GenerationException;

/** The cloud service's answer broke off before it ended; what had arrived is kept. */
public final class StreamDroppedException extends GenerationException {

    private static final long serialVersionUID = 1L;

    private final String partialText;

    public StreamDroppedException(String message, String partialText, Throwable cause) {
        super(message, cause);
        this.partialText = partialText;
    }

    /** The text that arrived before the stream broke off (also given to the sink piece by piece). */
    public String partialText() {
        return partialText;
    }
}
