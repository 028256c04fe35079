/**
 * Noticing changes in the user's folders: {@link dev.zhiku.indexer.watch.FolderWatcher} watches roots recursively
 * with the JDK's {@code WatchService}, groups changes into quiet-period batches for a
 * {@link dev.zhiku.indexer.watch.ChangeListener}, and runs a periodic rescan hook for whatever the operating
 * system does not report. Which paths matter is decided by the caller with
 * {@link dev.zhiku.indexer.discovery.SourceWalker#isCandidate}.
 */
package dev.zhiku.indexer.watch;
