package dev.zhiku.indexer.watch;

import java.nio.file.Path;
import java.util.Set;

/** Receives what a {@link FolderWatcher} saw; called on the watcher's own thread, one call at a time. */
public interface ChangeListener {

    /**
     * Files created, modified or deleted since the last batch. A deleted or renamed folder appears as the
     * folder's path; the files of a new folder appear one by one. Paths may no longer exist.
     */
    void onChanges(Set<Path> changed);

    /** The operating system lost events (its queue overflowed); only a full rescan can tell what changed. */
    void onRescanNeeded();
}
