package dev.zhiku.llm.gguf;

import java.io.IOException;

/** A file is not a readable GGUF model; the message says why in words a person understands. */
public class GgufFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public GgufFormatException(String message) {
        super(message);
    }
}
