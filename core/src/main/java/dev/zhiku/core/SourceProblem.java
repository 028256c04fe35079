package dev.zhiku.core;

/**
 * A source that could not be indexed, or was indexed only in part, with a reason a person understands.
 */
public record SourceProblem(String path, SourceStatus status, String reason) {
}
