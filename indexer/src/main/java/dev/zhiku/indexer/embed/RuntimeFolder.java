package dev.zhiku.indexer.embed;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Removes the folder of {@link #ofLoadedRuntime()} with the library copies in it; never fails. */
    static void removeCopies() {
        ofLoadedRuntime().filter(Files::isDirectory).ifPresent(folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
            } catch (IOException | RuntimeException e) {
                LOG.debug("could not remove onnxruntime's library folder {}", folder, e);
            }
        });
    }
}
