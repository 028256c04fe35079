package dev.zhiku.app.ui.knowledge;

import java.nio.file.Path;

/**
 * One folder (or file) the user added, with what became of the files below it.
 *
 * @param path      the folder as added
 * @param isPrivate whether its content must never leave this PC
 * @param exists    whether it is still on disk
 * @param total     files the catalog knows below it
 * @param indexed   files that are searchable
 * @param queued    files waiting to be read
 * @param failed    files that could not be read
 * @param skipped   files deliberately not read
 */
public record FolderSummary(Path path, boolean isPrivate, boolean exists, int total, int indexed, int queued,
                            int failed, int skipped) {

    /** The state shown next to the folder. */
    public enum State { MISSING, WAITING, PROBLEMS, UP_TO_DATE, EMPTY }

    public State state() {
        if (!exists) {
            return State.MISSING;
        }
        if (queued > 0) {
            return State.WAITING;
        }
        if (failed + skipped > 0) {
            return State.PROBLEMS;
        }
        return total == 0 ? State.EMPTY : State.UP_TO_DATE;
    }
}
