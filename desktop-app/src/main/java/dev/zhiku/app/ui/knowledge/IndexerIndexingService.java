package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SourceProblem;
import dev.zhiku.core.SourceStatus;
import dev.zhiku.indexer.IndexControl;
import dev.zhiku.indexer.Indexer;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.catalog.SourceRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link IndexingService} over the real {@link Indexer}. A cancelled {@link IndexControl} stays cancelled, so the
 * next run opens a fresh indexer with a fresh control.
 *
 * <p>The catalog can set a root's privacy ({@code addRoot} merges) but not read it back, so privacy is known only
 * for folders marked in this session; and it has no way to remove a root yet.
 */
public final class IndexerIndexingService implements IndexingService {

    private static final int QUEUE_LIMIT = 1_000_000;

    private final IndexerFactory factory;
    private final Map<Path, Boolean> privacy = new ConcurrentHashMap<>();
    private final Object runLock = new Object();
    private volatile ProgressListener target = ProgressListener.NONE;
    private IndexControl control;
    private Indexer indexer;

    public IndexerIndexingService(IndexerFactory factory) {
        this.factory = factory;
    }

    private synchronized Indexer indexer() throws Exception {
        return indexer == null ? reopen() : indexer;
    }

    /** The indexer for a new run: the same one, unless its control was cancelled. */
    private synchronized Indexer forRun() throws Exception {
        return indexer == null || control.isCancelled() ? reopen() : indexer;
    }

    private synchronized Indexer reopen() throws Exception {
        if (indexer != null) {
            indexer.close();
        }
        control = new IndexControl();
        indexer = factory.open(control, progress -> target.onProgress(progress));
        return indexer;
    }

    private synchronized IndexControl control() {
        return control;
    }

    @Override
    public void addFolders(List<Path> folders, boolean isPrivate) throws Exception {
        List<Path> normal = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        indexer().addRoots(normal, isPrivate);
        normal.forEach(p -> privacy.put(p, isPrivate));
    }

    @Override
    public void setPrivate(Path folder, boolean isPrivate) throws Exception {
        Path normal = folder.toAbsolutePath().normalize();
        indexer().catalog().addRoot(normal.toString(), isPrivate);
        privacy.put(normal, isPrivate);
    }

    @Override
    public boolean canRemoveFolders() {
        return true;
    }

    @Override
    public void removeFolder(Path folder) throws Exception {
        synchronized (runLock) {
            indexer().removeRoot(folder);
        }
        privacy.remove(folder.toAbsolutePath().normalize());
    }

    @Override
    public List<FolderSummary> folders() throws Exception {
        Catalog catalog = indexer().catalog();
        List<SourceProblem> problems = catalog.problems();
        List<SourceRow> queued = catalog.queued(QUEUE_LIMIT);
        List<FolderSummary> folders = new ArrayList<>();
        for (Catalog.Root added : catalog.rootsWithPrivacy()) {
            String root = added.path();
            Path path = Path.of(root);
            privacy.putIfAbsent(path, added.isPrivate());
            int total = catalog.pathsUnder(root).size();
            int waiting = (int) queued.stream().filter(r -> r.root().equals(root)).count();
            int failed = count(problems, path, SourceStatus.FAILED);
            int skipped = count(problems, path, SourceStatus.SKIPPED);
            int indexed = Math.max(0, total - waiting - failed - skipped);
            folders.add(new FolderSummary(path, privacy.getOrDefault(path, false), Files.exists(path), total,
                    indexed, waiting, failed, skipped));
        }
        return folders;
    }

    private static int count(List<SourceProblem> problems, Path root, SourceStatus status) {
        return (int) problems.stream().filter(p -> p.status() == status && Path.of(p.path()).startsWith(root))
                .count();
    }

    @Override
    public List<SourceProblem> problems() throws Exception {
        return indexer().catalog().problems();
    }

    @Override
    public void run(ProgressListener listener) throws Exception {
        run(listener, true);
    }

    /** The window's start-up scan: files set aside after crashes stay aside (only a re-index retries them). */
    public dev.zhiku.indexer.RunReport runAndReport(ProgressListener listener) throws Exception {
        return run(listener, false);
    }

    /** One indexing run at a time (the window's start-up scan and the panel's re-index share this service). */
    private dev.zhiku.indexer.RunReport run(ProgressListener listener, boolean retrySetAside) throws Exception {
        synchronized (runLock) {
            Indexer current = forRun();
            target = listener;
            try {
                return retrySetAside ? current.reindex() : current.run();
            } finally {
                target = ProgressListener.NONE;
            }
        }
    }

    /** Work on the app's indexer (its index and catalog). */
    @FunctionalInterface
    public interface IndexerWork<T> {
        T apply(Indexer indexer) throws Exception;
    }

    /**
     * Runs {@code work} on the app's indexer between two indexing runs, never during one: building another model's
     * vectors rewrites the documents an indexing run replaces, so the two take turns (an indexing run waits for at
     * most one step of the other work).
     */
    public <T> T betweenRuns(IndexerWork<T> work) throws Exception {
        synchronized (runLock) {
            return work.apply(indexer());
        }
    }

    /**
     * Closes the indexer between two runs, so that the next use opens a new one: after the searched embedding model
     * changed, new files get the new model's vectors. May be called as the last thing {@link #betweenRuns} work does
     * (the lock is re-entrant; that work's indexer is closed by it).
     */
    public void reopenLater() {
        synchronized (runLock) {
            synchronized (this) {
                if (indexer != null) {
                    indexer.close();
                    indexer = null;
                }
            }
        }
    }

    @Override
    public void pause() {
        IndexControl c = control();
        if (c != null) {
            c.pause();
        }
    }

    @Override
    public void resume() {
        IndexControl c = control();
        if (c != null) {
            c.resume();
        }
    }

    @Override
    public void cancel() {
        IndexControl c = control();
        if (c != null) {
            c.cancel();
        }
    }

    /** Whether the current run is paused (for tests and status displays). */
    public boolean isPaused() {
        IndexControl c = control();
        return c != null && c.isPaused();
    }

    @Override
    public synchronized void close() {
        if (control != null) {
            control.cancel();
        }
        if (indexer != null) {
            indexer.close();
            indexer = null;
        }
    }
}
