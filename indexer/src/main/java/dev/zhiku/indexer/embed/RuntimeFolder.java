package dev.zhiku.indexer.embed;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder onnxruntime copies its native libraries into before loading them ({@code $TMPDIR/onnxruntime-java…}).
 * onnxruntime 1.20 marks the folder and the libraries for deletion at exit in an order that deletes the folder first,
 * while it still holds them: every run that embedded left an empty folder in the temporary directory (1,508 of them
 * after a few days of tests and indexing). Once the libraries are loaded the process no longer needs the files (Linux
 * keeps a loaded library mapped after its file is gone), so the folder is removed as soon as the runtime has started.
 *
 * <p>onnxruntime has no setting for this: {@code onnxruntime.native.path} loads the libraries from elsewhere but the
 * folder is still made. Its path is read from the loader's private field; in a version without that field nothing is
 * removed (a debug line in the log says why).
 */
final class RuntimeFolder {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeFolder.class);
    private static final String PREFIX = "onnxruntime-java";
    /** How old a folder of the runtime must be to be a leftover of a process that no longer runs. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);
    /** The runtime loads once per process; a second model changes nothing in the temporary directory. */
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private RuntimeFolder() {
    }

    /** The folder the runtime loaded its libraries from, when it copied them into one. */
    static Optional<Path> ofLoadedRuntime() {
        try {
            Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            return Optional.ofNullable((Path) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("onnxruntime's library folder is unknown in this version; it is left where it is", e);
            return Optional.empty();
        }
    }

    /**
     * Removes the folder of {@link #ofLoadedRuntime()} with the library copies in it, and the folders that processes
     * killed while they loaded the runtime left next to it ({@link #removeLeftovers}), once per process; never fails.
     */
    static void removeCopies() {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        ofLoadedRuntime().filter(Files::isDirectory).ifPresent(folder -> {
            remove(folder);
            if (folder.getParent() != null) {
                removeLeftovers(folder.getParent(), Instant.now());
            }
        });
    }

    /**
     * Removes the runtime's folders in {@code temporary} that are older than {@link #LEFTOVER_AGE} and hold nothing
     * but native libraries: a process killed while it copied them (a kill during indexing, a crash) never got to
     * remove its own. A live process needs its folder for about a second, so an old one is nobody's.
     */
    static void removeLeftovers(Path temporary, Instant now) {
        try (Stream<Path> entries = Files.list(temporary)) {
            for (Path folder : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                try {
                    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(folder).toInstant().isBefore(now.minus(LEFTOVER_AGE))
                            && holdsOnlyLibraries(folder)) {
                        remove(folder);
                    }
                } catch (IOException e) {
                    // another user's folder (not readable), or one that went away meanwhile: not ours to remove
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not look for onnxruntime's old library folders in {}", temporary, e);
        }
    }

    private static boolean holdsOnlyLibraries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                    && f.getFileName().toString().matches("(lib)?onnxruntime[\\w.-]*\\.(so|dll|dylib|jnilib)"));
        }
    }

    private static void remove(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not remove onnxruntime's library folder {}", folder, e);
        }
    }
}
