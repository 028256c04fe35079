package dev.zhiku.core;

import java.time.Duration;

/**
 * A snapshot of indexing progress.
 *
 * @param phase        what is being done now
 * @param filesDone    files finished in this run (indexed, failed or skipped)
 * @param filesTotal   files known to this run so far
 * @param bytesDone    bytes of finished files
 * @param bytesTotal   bytes of all files known so far
 * @param passagesDone passages written (keyword phase) or embedded (vector phase)
 * @param passagesTotal passages to embed (vector phase), otherwise 0
 * @param currentFile  the file being read, or empty
 * @param filesPerSecond recent throughput
 * @param eta          estimated time left, or null when unknown
 */
public record IndexProgress(Phase phase, long filesDone, long filesTotal, long bytesDone, long bytesTotal,
                            long passagesDone, long passagesTotal, String currentFile, double filesPerSecond,
                            Duration eta) {

    /** The stages of one indexing run. */
    public enum Phase { SCANNING, EXTRACTING, EMBEDDING, PAUSED, DONE, CANCELLED }
}
