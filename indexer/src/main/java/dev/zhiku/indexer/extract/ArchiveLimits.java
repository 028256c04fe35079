package dev.zhiku.indexer.extract;

/**
 * How far the archives and compressed streams inside one file may expand before the file is refused as an
 * archive bomb. Every byte an entry or a decompressed stream yields counts, at every nesting level, against one
 * allowance per file: {@code maxRatio} times the file's size on disk, but never less than {@code minBytes} (small
 * archives of very repetitive text are harmless) and never more than {@code maxBytes} (memory and temporary disk)
 * or twice the file's size, whichever is larger.
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

    /**
     * The expanded bytes a file of {@code fileSize} bytes may yield. The cap is never below twice the file's own
     * size: a large mailbox or a PDF with attachments passes its parts on uncompressed (base64 makes them a third
     * larger), which is not an expansion.
     */
    long allowance(long fileSize) {
        long byRatio = fileSize > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : fileSize * maxRatio;
        long cap = fileSize > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : Math.max(maxBytes, fileSize * 2);
        return Math.max(minBytes, Math.min(byRatio, cap));
    }

    /** Whether the allowance of a file of this size is the cap rather than the ratio. */
    boolean capped(long fileSize) {
        return allowance(fileSize) < (fileSize > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : fileSize * maxRatio);
    }
}
