/**
 * Downloads model files over HTTP(S): resumable, checksummed, atomic and cancellable.
 *
 * <p>{@link dev.zhiku.llm.download.ModelDownloader} is the entry point. Bytes land in {@code <target>.part}
 * next to a small {@code <target>.part.json} sidecar ({@link dev.zhiku.llm.download.PartInfo}) that remembers
 * the URI, the ETag/Last-Modified and the expected size, so a later run resumes with a {@code Range} request
 * only when the remote file is still the same one. The finished file is verified (size, SHA-256) and moved into
 * place atomically, so the final name never holds half a file.
 *
 * <p>All outbound HTTP of this package is built by {@link dev.zhiku.llm.download.HttpClients} (proxy, timeouts,
 * {@code User-Agent}); add new HTTP callers through it. Free disk space is asked through the injectable
 * {@link dev.zhiku.llm.download.SpaceProbe}, so tests can simulate a full disk. Errors reach the user as a
 * {@link dev.zhiku.llm.download.DownloadException} whose message says what to do.
 */
package dev.zhiku.llm.download;
