package dev.zhiku.llm.download;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a response body from a named virtual thread and closes it when no bytes came for the read timeout, or
 * when the user cancels while a read is blocked, so the downloading thread never hangs on a silent server.
 */
final class StallGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StallGuard.class);
    private static final long TICK_MILLIS = 100;

    private final InputStream body;
    private final DownloadControl control;
    private final long timeoutNanos;
    private final Thread watcher;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean stalled;
    private volatile boolean done;

    private StallGuard(InputStream body, DownloadControl control, Duration timeout) {
        this.body = body;
        this.control = control;
        this.timeoutNanos = timeout.toNanos();
        this.watcher = Thread.ofVirtual().name("zhiku-download-watch").unstarted(this::watch);
    }

    static StallGuard start(InputStream body, DownloadControl control, Duration timeout) {
        StallGuard guard = new StallGuard(body, control, timeout);
        guard.watcher.start();
        return guard;
    }

    /** Records that bytes arrived. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    boolean stalled() {
        return stalled;
    }

    @Override
    public void close() {
        done = true;
        watcher.interrupt();
    }

    private void watch() {
        while (!done) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            boolean idle = System.nanoTime() - lastActivity > timeoutNanos;
            if (!done && (idle || control.isCancelled())) {
                stalled = idle;
                closeBody();
                return;
            }
        }
    }

    private void closeBody() {
        try {
            body.close();
        } catch (IOException e) {
            LOG.debug("Closing a stalled download stream failed", e);
        }
    }
}
