package dev.zhiku.app.ui.source;

import java.nio.file.Path;

/**
 * Hands a file to the program the system uses for it, at a page where the program takes one. Never throws: what
 * happened is the {@link OpenOutcome}. The one opener of the window (chat, search and knowledge folders).
 */
@FunctionalInterface
public interface FileOpener {

    /** @param page the 1-based page to show where the viewer allows it, or 0 for none */
    OpenOutcome open(Path file, int page);

    /** Shows the folder holding {@code file}, the file selected where the file manager allows it. */
    default OpenOutcome showInFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? OpenOutcome.failed("the file has no folder: " + file) : open(folder, 0);
    }

    /** The desktop's programs: see {@link ViewerCommand} for which take a page. */
    static FileOpener system() {
        return new SystemFileOpener(ViewerCommand.Platform.current(), ViewerCommand.onPath());
    }
}
