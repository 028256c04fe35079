package dev.zhiku.llm.engine;

import dev.zhiku.core.GenerationException;

/** A model file could not be loaded; the message names the file and says why. */
public class ModelLoadException extends GenerationException {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
