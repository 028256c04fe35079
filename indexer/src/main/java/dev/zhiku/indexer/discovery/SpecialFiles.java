package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names what a path that is neither a file nor a folder is (a pipe, a socket, a device), for a skip reason. */
final class SpecialFiles {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    static String reason(Path path) {
        return kind(path) + ", not a regular file: Zhiku reads only files (reading it could block or never end)";
    }

    private static String kind(Path path) {
        try {
            int type = ((Number) Files.getAttribute(path, "unix:mode")).intValue() & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case SOCKET -> "a socket";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
