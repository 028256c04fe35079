package dev.zhiku.app.ui.chat;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens files with {@link Desktop#open} where the platform supports it, else with {@code xdg-open}. Viewers are
 * not asked to jump to a page: no portable way exists, and the page is shown in the source panel instead.
 */
final class DesktopFileOpener implements FileOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopFileOpener.class);

    @Override
    public void open(Path file, int page) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "the file is no longer there");
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        LOG.debug("No desktop integration; opening {} with xdg-open", file);
        try {
            new ProcessBuilder("xdg-open", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no program to open " + file.getFileName() + " was found (xdg-open)", e);
        }
    }
}
