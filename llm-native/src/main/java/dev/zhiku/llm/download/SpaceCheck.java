package dev.zhiku.llm.download;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refuses a download that would not fit on the disk, with the sizes in the message. */
final class SpaceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SpaceCheck.class);

    private final SpaceProbe probe;
    private final Path directory;
    private final long margin;

    SpaceCheck(SpaceProbe probe, Path directory, long margin) {
        this.probe = probe;
        this.directory = directory;
        this.margin = margin;
    }

    /** Throws unless {@code remaining} bytes plus the margin are free; does nothing when nothing remains. */
    void require(long remaining) {
        if (remaining <= 0) {
            return;
        }
        long free;
        try {
            free = probe.usableBytes(directory);
        } catch (IOException e) {
            LOG.warn("Cannot tell the free space on {} ({}); downloading anyway", directory, e.getMessage());
            return;
        }
        long needed = remaining + margin;
        if (free < needed) {
            throw new DownloadException("needs " + ByteSize.format(needed) + ", " + ByteSize.format(free)
                    + " free on " + directory);
        }
    }
}
