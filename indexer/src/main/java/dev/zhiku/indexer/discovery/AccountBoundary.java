package dev.zhiku.indexer.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps other accounts' files out when Zhiku runs as root. The superuser may open every file, so the OS's "may I
 * read it" says yes to {@code /etc/shadow} or another user's private notes; Zhiku instead grants only what the
 * permission bits grant the account it runs for (the user behind {@code sudo}, or root itself), without the
 * superuser override. For any other account the OS's own check (the file opens or not) already decides.
 *
 * @param uid the account's user id, or -1 when the check does not apply (not root, or no POSIX file modes)
 * @param gid the account's primary group id
 */
public record AccountBoundary(int uid, int gid) {

    private static final int OWNER_READ = 0400;
    private static final int GROUP_READ = 040;
    private static final int OTHERS_READ = 04;

    /** No check: the OS's own permission check is enough. */
    public static final AccountBoundary NONE = new AccountBoundary(-1, -1);

    /** The boundary for this process: active only when it runs as root on a system with POSIX file modes. */
    public static AccountBoundary ofThisProcess() {
        Path self = Path.of("/proc/self");
        try {
            if (!Files.exists(self) || ((Number) Files.getAttribute(self, "unix:uid")).intValue() != 0) {
                return NONE;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return NONE;
        }
        return new AccountBoundary(idFromEnv("SUDO_UID"), idFromEnv("SUDO_GID"));
    }

    private static int idFromEnv(String name) {
        String value = System.getenv(name);
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Why the file is kept out, or empty when the account may read it. */
    public Optional<String> refusal(Path file) {
        if (uid < 0) {
            return Optional.empty();
        }
        int mode;
        int owner;
        int group;
        try {
            // One stat for the three (a scan asks this of every file it finds).
            Map<String, Object> attrs = Files.readAttributes(file, "unix:mode,uid,gid");
            mode = ((Number) attrs.get("mode")).intValue();
            owner = ((Number) attrs.get("uid")).intValue();
            group = ((Number) attrs.get("gid")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (grants(mode, owner, group)) {
            return Optional.empty();
        }
        return Optional.of(String.format("protected file of another account (owner %s, group %s, mode %04o): Zhiku "
                        + "runs as root and indexes only what the file's permissions grant its own account",
                ownerName(file), groupName(file), mode & 07777));
    }

    /** Whether the permission bits let this account read a file with this mode, owner and group. */
    boolean grants(int mode, int owner, int group) {
        if (owner == uid) {
            return (mode & OWNER_READ) != 0;
        }
        if (group == gid) {
            return (mode & GROUP_READ) != 0;
        }
        return (mode & OTHERS_READ) != 0;
    }

    private static String ownerName(Path file) {
        try {
            return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static String groupName(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class).group().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
