package dev.zhiku.indexer.watch;

import dev.zhiku.indexer.discovery.SourceRules;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The folders a {@link FolderWatcher} has registered, by watch key and by path. Used by one thread at a time. */
final class DirectoryRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRegistry.class);

    private final WatchService service;
    private final SourceRules rules;
    private final Map<WatchKey, Path> dirsByKey = new HashMap<>();
    private final Map<Path, WatchKey> keysByDir = new HashMap<>();
    private boolean warnedAboutLimit;

    DirectoryRegistry(WatchService service, SourceRules rules) {
        this.service = service;
        this.rules = rules;
    }

    /** Registers {@code top} and every folder below it the rules let in; reports the files found on the way. */
    void registerTree(Path top, Consumer<Path> filesFound) {
        Set<FileVisitOption> options = rules.followSymlinks()
                ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(top, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(top) && name != null && rules.skipsFolderName(name.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !rules.skipsHiddenName(file.getFileName().toString())) {
                        filesFound.accept(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    LOG.debug("Not watching {}: {}", file, exc.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot watch {}: {}", top, e.toString());
        }
    }

    /** Registers one folder (no subfolders). */
    void register(Path dir) {
        if (keysByDir.containsKey(dir)) {
            return;
        }
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            dirsByKey.put(key, dir);
            keysByDir.put(dir, key);
        } catch (IOException e) {
            if (!warnedAboutLimit) {
                warnedAboutLimit = true;
                LOG.warn("Cannot watch {} ({}); changes there are found by the periodic rescan. On Linux, raise "
                        + "fs.inotify.max_user_watches if the limit was reached", dir, e.toString());
            } else {
                LOG.debug("Cannot watch {}: {}", dir, e.toString());
            }
        }
    }

    /** The folder a key watches, or null when it was forgotten. */
    Path dirOf(WatchKey key) {
        return dirsByKey.get(key);
    }

    boolean isWatched(Path dir) {
        return keysByDir.containsKey(dir);
    }

    /** Stops watching a folder and every folder below it (it was deleted or renamed). */
    void forgetTree(Path top) {
        List<Path> gone = keysByDir.keySet().stream().filter(dir -> dir.startsWith(top)).toList();
        for (Path dir : gone) {
            WatchKey key = keysByDir.remove(dir);
            dirsByKey.remove(key);
            key.cancel();
        }
    }

    /** Forgets a key the operating system invalidated. */
    void forget(WatchKey key) {
        Path dir = dirsByKey.remove(key);
        if (dir != null) {
            keysByDir.remove(dir);
        }
    }
}
