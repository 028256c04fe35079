package dev.zhiku.app.ui;

import dev.zhiku.app.ui.knowledge.DaemonThreads;
import dev.zhiku.app.ui.knowledge.IndexerIndexingService;
import dev.zhiku.core.IndexProgress;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.RunReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs indexing in the background on one named daemon thread: adds folders, indexes them with vectors and tells its
 * listeners (on that thread: hand over to the UI with a {@link UiExecutor}). One run at a time.
 */
public final class IndexingRunner implements AutoCloseable {

    /** Hears about indexing; called from the indexing thread. */
    public interface Listener {
        void onProgress(IndexProgress progress);

        void onFinished(RunReport report);

        void onFailed(Exception failure);
    }

    private static final Logger LOG = LoggerFactory.getLogger(IndexingRunner.class);

    private final IndexerIndexingService service;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Thread thread;

    /** Runs through the one indexing service of the app, which the knowledge panel uses too. */
    public IndexingRunner(IndexerIndexingService service) {
        this.service = service;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    /** Adds {@code folders} (may be empty: re-scan the known ones) and indexes; false when a run is under way. */
    public synchronized boolean start(List<Path> folders) {
        if (isRunning()) {
            return false;
        }
        thread = DaemonThreads.background("zhiku-indexing").newThread(() -> run(folders));
        thread.start();
        return true;
    }

    private void run(List<Path> folders) {
        try {
            if (!folders.isEmpty()) {
                service.addFolders(folders, false);
            }
            RunReport report = service.runAndReport(p -> listeners.forEach(l -> l.onProgress(p)));
            listeners.forEach(l -> l.onFinished(report));
        } catch (Exception e) {
            LOG.warn("indexing failed", e);
            listeners.forEach(l -> l.onFailed(e));
        }
    }

    /** Pauses or resumes the running indexing (no effect when none runs). */
    public synchronized void setPaused(boolean paused) {
        if (paused) {
            service.pause();
        } else {
            service.resume();
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            service.cancel();
            t = thread;
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
