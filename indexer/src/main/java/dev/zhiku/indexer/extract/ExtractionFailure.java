package dev.zhiku.indexer.extract;

import dev.zhiku.core.SourceStatus;

/** A file that could not be read, with a reason a person understands and whether it failed or was skipped. */
public final class ExtractionFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final SourceStatus status;

    public ExtractionFailure(SourceStatus status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
    }

    public static ExtractionFailure failed(String reason, Throwable cause) {
        return new ExtractionFailure(SourceStatus.FAILED, reason, cause);
    }

    public static ExtractionFailure skipped(String reason) {
        return new ExtractionFailure(SourceStatus.SKIPPED, reason, null);
    }

    public SourceStatus status() {
        return status;
    }
}
