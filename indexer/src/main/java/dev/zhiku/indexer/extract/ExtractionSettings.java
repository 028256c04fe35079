package dev.zhiku.indexer.extract;

import java.time.Duration;

/**
 * Limits and options for reading files.
 *
 * @param maxTextChars   characters kept per file; the rest is dropped and the file reported as truncated
 * @param timeout        how long one file may take before it is given up
 * @param maxParts       parts (attachments, archive entries, messages) read from one file
 * @param maxDepth       nesting depth of parts (a zip in a zip in a zip ...)
 * @param ocrLanguages   Tesseract languages, Chinese first ({@code chi_sim+eng})
 * @param archives       how far archives and compressed streams in one file may expand (archive bombs)
 */
public record ExtractionSettings(long maxTextChars, Duration timeout, int maxParts, int maxDepth,
                                 String ocrLanguages, ArchiveLimits archives) {

    /** With the default {@link ArchiveLimits}. */
    public ExtractionSettings(long maxTextChars, Duration timeout, int maxParts, int maxDepth, String ocrLanguages) {
        this(maxTextChars, timeout, maxParts, maxDepth, ocrLanguages, ArchiveLimits.defaults());
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(4_000_000, Duration.ofSeconds(120), 2_000, 8, "chi_sim+eng");
    }
}
