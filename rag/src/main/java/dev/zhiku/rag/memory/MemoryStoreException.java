package dev.zhiku.rag.memory;

/** The memory file could not be opened, read or written; the message says which file and what to do. */
public class MemoryStoreException extends RuntimeException {

    public MemoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
