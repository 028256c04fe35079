package dev.zhiku.llm.download;

/**
 * What the sidecar {@code <target>.part.json} remembers about a part file, so a resume can tell whether the remote
 * file is still the one the bytes came from.
 *
 * @param uri the URI the bytes came from
 * @param etag the server's ETag, or {@code null}
 * @param lastModified the server's Last-Modified, or {@code null}
 * @param expectedSize the size the request expected, or {@code null}
 */
record PartInfo(String uri, String etag, String lastModified, Long expectedSize) {

    /** The value for {@code If-Range}: a strong ETag, else Last-Modified, else {@code null}. */
    String validator() {
        if (etag != null && !etag.startsWith("W/")) {
            return etag;
        }
        return lastModified;
    }
}
