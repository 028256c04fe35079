package dev.zhiku.llm.download;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file to fetch.
 *
 * @param uri where the file lives (http or https)
 * @param target the final path; the download goes to {@code target.part} until it is complete and verified
 * @param expectedSize the size in bytes if known (from the catalog), else {@code null}
 * @param expectedSha256 the SHA-256 as hex if known, else {@code null}
 */
public record DownloadRequest(URI uri, Path target, Long expectedSize, String expectedSha256) {

    public DownloadRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(target, "target");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https downloads are supported: " + uri);
        }
        if (expectedSize != null && expectedSize < 0) {
            throw new IllegalArgumentException("negative expected size: " + expectedSize);
        }
        if (expectedSha256 != null) {
            expectedSha256 = expectedSha256.strip().toLowerCase(Locale.ROOT);
            if (!expectedSha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not a SHA-256 hex digest: " + expectedSha256);
            }
        }
    }

    /** A request without size or checksum. */
    public static DownloadRequest of(URI uri, Path target) {
        return new DownloadRequest(uri, target, null, null);
    }

    Path partFile() {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    Path sidecarFile() {
        return target.resolveSibling(target.getFileName() + ".part.json");
    }
}
