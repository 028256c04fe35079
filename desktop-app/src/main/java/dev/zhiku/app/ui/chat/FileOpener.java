package dev.zhiku.app.ui.chat;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a source file in the program the desktop uses for it. */
@FunctionalInterface
public interface FileOpener {

    /**
     * @param page the page to show where the viewer allows it, or 0
     * @throws IOException when the file or a viewer is missing; the message is shown to the user
     */
    void open(Path file, int page) throws IOException;
}
