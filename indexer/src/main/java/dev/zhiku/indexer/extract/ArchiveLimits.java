package dev.zhiku.indexer.extract;

/**
 * How far the archives and compressed streams inside one file may expand before the file is refused as an
 * archive bomb. Every byte an entry or a decompressed stream yields counts, at every nesting level, against one
 * allowance per file: {@code maxRatio} times the file's size on disk, but never less than {@code minBytes} (small
 * archives of very repetitive text are harmless) and never more than {@code maxBytes} (memory and temporary disk).
 *
 * @param maxRatio expanded bytes per byte of the file on disk
 * @param minBytes expansion always allowed, whatever the ratio
 * @param maxBytes expansion never allowed, whatever the file's size
 */
public record ArchiveLimits(long maxRatio, long minBytes, long maxBytes) {

    public ArchiveLimits {
        if (maxRatio < 1 || minBytes < 0 || maxBytes < minBytes) {
            throw new IllegalArgumentException("ratio at least 1 and 0 <= minBytes <= maxBytes");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(100, 16L << 20, 4L << 30);
    }

    /** The expanded bytes a file of {@code fileSize} bytes may yield. */
    long allowance(long fileSize) {
        long byRatio = fileSize > maxBytes / maxRatio ? maxBytes : fileSize * maxRatio;
        return Math.min(maxBytes, Math.max(minBytes, byRatio));
    }
}
