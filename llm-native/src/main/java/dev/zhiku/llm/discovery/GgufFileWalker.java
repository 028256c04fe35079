package dev.zhiku.llm.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a folder (following links, at most {@value #MAX_DEPTH} levels) for files that really are GGUF.
 * Loops, unreadable folders and vanished files are logged and skipped.
 */
final class GgufFileWalker {

    static final int MAX_DEPTH = 8;
    private static final Logger LOG = LoggerFactory.getLogger(GgufFileWalker.class);

    private GgufFileWalker() {
    }

    /** GGUF files, older GPT4All {@code .bin} files and extension-less files are worth opening. */
    private static boolean mayBeModel(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gguf") || name.endsWith(".bin") || !name.contains(".");
    }

    static List<Path> find(Path folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && mayBeModel(file) && GgufMagic.isGguf(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        LOG.debug("Symlink loop at {}", file);
                    } else {
                        LOG.debug("Cannot read {}: {}", file, e.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | SecurityException | UncheckedIOException e) {
            LOG.warn("Stopped searching {} for models: {}", folder, e.toString());
        }
        return found;
    }
}
