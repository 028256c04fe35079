package dev.zhiku.indexer.extract;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts what the archives and compressed streams inside one file expand to, against the allowance of
 * {@link ArchiveLimits}; shared by every nesting level of the file, like {@link TextBudget}. Once the allowance is
 * exceeded the guard stays tripped: every later read or entry fails at once, so the rest is never inflated.
 */
final class ExpansionGuard {

    /** Thrown into Tika's parsers to stop reading; the reason is kept in the guard as well. */
    static final class ArchiveBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ArchiveBombException(String reason) {
            super(reason);
        }
    }

    private final long fileSize;
    private final long allowance;
    private final ArchiveLimits limits;
    private long expanded;
    private String refusal;

    ExpansionGuard(long fileSize, ArchiveLimits limits) {
        this.fileSize = fileSize;
        this.limits = limits;
        this.allowance = limits.allowance(fileSize);
    }

    /** Before an entry is read: refuses when its declared size alone would exceed what is left. */
    void declare(long declaredBytes) throws ArchiveBombException {
        check();
        if (declaredBytes > 0 && expanded + declaredBytes > allowance) {
            trip(expanded + declaredBytes, true);
        }
    }

    /** After {@code bytes} more were inflated. */
    void count(long bytes) throws ArchiveBombException {
        check();
        expanded += bytes;
        if (expanded > allowance) {
            trip(expanded, false);
        }
    }

    void check() throws ArchiveBombException {
        if (refusal != null) {
            throw new ArchiveBombException(refusal);
        }
    }

    /** Why the file was refused, or empty while it is within the allowance. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    long expanded() {
        return expanded;
    }

    private void trip(long bytes, boolean declared) throws ArchiveBombException {
        String limit = limits.capped(fileSize) && allowance > limits.minBytes()
                ? "more than " + size(allowance)
                : "more than " + limits.maxRatio() + "× its size (" + size(fileSize) + " on disk)";
        refusal = "archive bomb: this archive expands to " + limit + (declared ? " — its entries declare " : " — ")
                + "at least " + size(bytes) + "; Zhiku skips it to protect memory and disk (unpack it yourself "
                + "and add the files you need)";
        throw new ArchiveBombException(refusal);
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
