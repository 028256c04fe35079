package dev.zhiku.llm.download;

/**
 * Lets the user stop a running download from any thread. The download notices between reads, keeps its part file
 * for a later resume and returns {@link DownloadResult.Status#CANCELLED}.
 */
public final class DownloadControl {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
