package dev.zhiku.llm.download;

/** Receives download progress on the downloading thread, at most every 200 ms by default; must be quick. */
@FunctionalInterface
public interface DownloadListener {

    DownloadListener NONE = progress -> { };

    void onProgress(DownloadProgress progress);
}
