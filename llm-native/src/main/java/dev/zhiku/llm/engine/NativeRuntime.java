package dev.zhiku.llm.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the JNI library before the first model is loaded. {@code de.kherud:llama} extracts its native library
 * to a fixed path under the shared temp directory; {@link #prepare(Path)} points it at a per-user folder instead
 * (system property {@value #TMPDIR_PROPERTY}). A GPU build of the library can be used by placing it in a folder
 * named by {@value #LIBRARY_PATH_PROPERTY}; the bundled one is CPU only.
 *
 * <p><b>JVM exit:</b> once a model has been loaded, a native thread stays attached and the JVM never exits on its
 * own. The application and the command line must close their models and then call {@code System.exit}.
 */
public final class NativeRuntime {

    public static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";
    public static final String LIBRARY_PATH_PROPERTY = "de.kherud.llama.lib.path";

    private NativeRuntime() {
    }

    /** Sets the extraction folder (created if missing) unless one was already set; call before the first load. */
    public static synchronized void prepare(Path libraryDir) {
        if (System.getProperty(TMPDIR_PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(libraryDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the native library folder " + libraryDir, e);
        }
        System.setProperty(TMPDIR_PROPERTY, libraryDir.toAbsolutePath().toString());
    }

    /** The per-user default: {@code <java.io.tmpdir>/zhiku-<user>/native}. */
    public static Path defaultLibraryDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "zhiku-" + System.getProperty("user.name"), "native");
    }
}
