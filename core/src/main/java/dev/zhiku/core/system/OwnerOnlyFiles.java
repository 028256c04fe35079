package dev.zhiku.core.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps what Zhiku writes readable by its user alone (POSIX systems: Linux, macOS; see
 * docs/decisions/0022-owner-only-home-and-local-api-limits.md).
 *
 * <p>Three parts: the process's file-creation mask becomes {@code 077}, so every file and folder this process
 * creates afterwards — H2 databases and their lock files, the Lucene index, logs, downloads — is owner-only
 * whatever the user's umask; folders of the home are created {@code 0700} explicitly, which holds even where the
 * mask cannot be set; and {@link #repair} takes the group and other bits off everything an older version (or a
 * copy) left readable. Windows has no POSIX modes: there the per-user profile folder already keeps others out, and
 * these calls do nothing.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final int OWNER_ONLY_MASK = 077;
    private static volatile boolean maskSet;

    private OwnerOnlyFiles() {
    }

    /** Whether the file system has POSIX modes (false on Windows). */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Sets this process's file-creation mask to {@code 077} (through the C library's {@code umask}); once per
     * process. Returns whether the mask is set; false on Windows or where the C library cannot be called.
     */
    public static synchronized boolean restrictNewFiles() {
        if (maskSet || !posix()) {
            return maskSet;
        }
        Optional<MemorySegment> umask = Linker.nativeLinker().defaultLookup().find("umask");
        if (umask.isEmpty()) {
            return false;
        }
        MethodHandle call = Linker.nativeLinker().downcallHandle(umask.get(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        try {
            int ignoredPrevious = (int) call.invokeExact(OWNER_ONLY_MASK);
            maskSet = true;
        } catch (Throwable e) {
            return false;
        }
        return maskSet;
    }

    /** Creates {@code dir} and its missing parents as owner-only folders (0700), whatever the process's mask. */
    public static Path createFolders(Path dir) throws IOException {
        if (!posix()) {
            return Files.createDirectories(dir);
        }
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
        Files.setPosixFilePermissions(absolute, FOLDER);
        return absolute;
    }

    /**
     * Takes every permission of group and others off {@code root} and everything below it (links are not
     * followed, and left as they are: their own mode means nothing). Returns how many files and folders had been
     * open to others; 0 on Windows.
     */
    public static int repair(Path root) {
        if (!posix() || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] repaired = {0};
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                if (restrict(p)) {
                    repaired[0]++;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot make " + root + " owner-only: " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        return repaired[0];
    }

    /** Group or other permissions of {@code path}, or an empty set when it has none (or is a link). */
    public static Set<PosixFilePermission> openToOthers(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return Set.of();
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        open.retainAll(OTHERS);
        return open;
    }

    private static boolean restrict(Path path) {
        try {
            Set<PosixFilePermission> open = openToOthers(path);
            if (open.isEmpty()) {
                return false;
            }
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
            kept.addAll(view.readAttributes().permissions());
            kept.removeAll(OTHERS);
            view.setPermissions(kept);
            return true;
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
