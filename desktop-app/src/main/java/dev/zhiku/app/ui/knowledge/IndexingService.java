package dev.zhiku.app.ui.knowledge;

import dev.zhiku.core.ProgressListener;
import dev.zhiku.core.SourceProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * What the Knowledge panel needs from indexing. Blocking methods are called on the ViewModel's worker threads;
 * {@link #pause()}, {@link #resume()} and {@link #cancel()} from any thread while {@link #run} blocks.
 */
public interface IndexingService extends AutoCloseable {

    /** Adds folders or files; {@code isPrivate} marks content that must never leave this PC. */
    void addFolders(List<Path> folders, boolean isPrivate) throws Exception;

    /** Changes whether a folder is private. */
    void setPrivate(Path folder, boolean isPrivate) throws Exception;

    /** Whether {@link #removeFolder} is available. */
    boolean canRemoveFolders();

    /** Stops indexing a folder and forgets its files. */
    void removeFolder(Path folder) throws Exception;

    List<FolderSummary> folders() throws Exception;

    /** Files that failed, were skipped or were read only in part, with reasons. */
    List<SourceProblem> problems() throws Exception;

    /**
     * Re-index: scans every folder and reads what changed, and tries again the files set aside because reading them
     * stopped Zhiku; blocks until done, cancelled or failed.
     */
    void run(ProgressListener listener) throws Exception;

    void pause();

    void resume();

    /** Stops a running {@link #run}; a later run starts afresh. */
    void cancel();

    @Override
    void close();
}
