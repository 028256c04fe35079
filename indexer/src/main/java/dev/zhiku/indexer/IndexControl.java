package dev.zhiku.indexer;

/** Pause, resume and cancel for a running indexer; safe to call from any thread (the UI, a signal handler). */
public final class IndexControl {

    private boolean paused;
    private volatile boolean cancelled;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Blocks while paused; returns false when cancelled. */
    synchronized boolean awaitRunnable() throws InterruptedException {
        while (paused && !cancelled) {
            wait();
        }
        return !cancelled;
    }
}
