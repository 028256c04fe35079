package dev.zhiku.llm.download;

/** A download failed; the message is one line a person can act on ("needs 1.9 GB, 1.2 GB free on /home"). */
public class DownloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
