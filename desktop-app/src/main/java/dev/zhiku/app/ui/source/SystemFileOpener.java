package dev.zhiku.app.ui.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the {@link ViewerCommand} for a file and does not wait for it. */
final class SystemFileOpener implements FileOpener {

    private static final Logger LOG = LoggerFactory.getLogger(SystemFileOpener.class);

    private final ViewerCommand.Platform platform;
    private final ViewerCommand.ProgramFinder programs;

    SystemFileOpener(ViewerCommand.Platform platform, ViewerCommand.ProgramFinder programs) {
        this.platform = platform;
        this.programs = programs;
    }

    @Override
    public OpenOutcome open(Path file, int page) {
        if (!Files.exists(file)) {
            return OpenOutcome.failed("the file is no longer there: " + file);
        }
        return start(ViewerCommand.of(platform, programs, file, page));
    }

    @Override
    public OpenOutcome showInFolder(Path file) {
        if (!Files.exists(file)) {
            return OpenOutcome.failed("the file is no longer there: " + file);
        }
        return start(ViewerCommand.inFolder(platform, file));
    }

    private static OpenOutcome start(ViewerCommand viewer) {
        try {
            new ProcessBuilder(viewer.command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            LOG.debug("opened with {}", viewer.command());
            return OpenOutcome.opened(viewer.atPage());
        } catch (Exception e) {
            LOG.warn("cannot start {}: {}", viewer.command(), e.toString());
            return OpenOutcome.failed("no program to open it (" + viewer.command().getFirst() + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
