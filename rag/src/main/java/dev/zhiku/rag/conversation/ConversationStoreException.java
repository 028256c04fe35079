package dev.zhiku.rag.conversation;

/** The conversation file could not be opened, read or written; the message says which file and what to do. */
public class ConversationStoreException extends RuntimeException {

    public ConversationStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
