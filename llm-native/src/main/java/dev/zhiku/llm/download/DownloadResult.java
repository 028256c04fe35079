package dev.zhiku.llm.download;

import java.nio.file.Path;

/**
 * How a download ended.
 *
 * @param status {@code DONE} (file is at its final path, verified) or {@code CANCELLED} (part file kept)
 * @param file the final file when done, the part file when cancelled
 * @param bytes the bytes on disk
 * @param sha256 the SHA-256 hex of the finished file, or {@code null} when cancelled
 * @param seconds the wall-clock time of this call
 */
public record DownloadResult(Status status, Path file, long bytes, String sha256, double seconds) {

    /** The end state of a download call; failures are thrown as {@link DownloadException}. */
    public enum Status { DONE, CANCELLED }
}
