package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Turns what went wrong while scanning into reasons a person understands. */
final class ProblemReasons {

    private static final int MAX_LINK_HOPS = 40;

    private ProblemReasons() {
    }

    /** A name with bytes that are not UTF-8: shown with U+FFFD, and no longer names the file. */
    static final String UNDECODABLE_NAME = "its name (or a folder's on the way) is not valid UTF-8 text, shown here "
            + "with \uFFFD for the bytes that are not; Zhiku cannot open a file by such a name: rename it to index it";

    /** A followed link whose target is outside every added folder. */
    static String linkOutside(Path link) {
        String target;
        try {
            target = link.toRealPath().toString();
        } catch (IOException e) {
            target = "?";
        }
        return "symbolic link to " + target + ", outside the added folders: not followed (add that folder itself, "
                + "or allow links out of this folder with `zhiku index --follow-outside-links FOLDER`)";
    }

    static String tooLarge(long size, long limit) {
        return "larger than the " + bytes(limit) + " limit (" + bytes(size) + ")";
    }

    static String of(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (the link points back to a folder that contains it)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("symbolic link")) {
                return "symbolic link loop";
            }
            if (reason.toLowerCase(Locale.ROOT).contains("name too long") && fse.getFile() != null) {
                return "its path is " + fse.getFile().length() + " characters long, more than this system lets "
                        + "a program open: move or rename it to a shorter path";
            }
            return "cannot be read: " + reason;
        }
        return "cannot be read: " + e.getMessage();
    }

    /** Explains why a symbolic link cannot be followed: a loop, a missing target, or another reason. */
    static String brokenLink(Path link) {
        if (followsIntoLoop(link)) {
            return "symbolic link loop";
        }
        try {
            link.toRealPath();
            return "symbolic link cannot be followed";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (IOException e) {
            return of(e);
        }
    }

    private static boolean followsIntoLoop(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            if (!Files.isSymbolicLink(current)) {
                return false;
            }
            if (!seen.add(current)) {
                return true;
            }
            try {
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** Binary units written the way people read them: "512 MB", "1.5 GB". */
    static String bytes(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        double rounded = Math.round(value * 10) / 10.0;
        String number = rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
        return number + " " + units[unit];
    }
}
