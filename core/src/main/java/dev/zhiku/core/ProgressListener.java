package dev.zhiku.core;

/** Receives indexing progress; called from indexing threads, so implementations must be quick. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(IndexProgress progress);
}
