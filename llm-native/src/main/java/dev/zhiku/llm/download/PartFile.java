package dev.zhiku.llm.download;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The half-downloaded {@code <target>.part}, its sidecar and the running SHA-256 of its bytes. The digest is kept
 * across attempts of one download and recomputed from disk only when the file and the digest disagree.
 */
final class PartFile {

    private static final Logger LOG = LoggerFactory.getLogger(PartFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DownloadRequest request;
    private final Path part;
    private final Path sidecar;
    private MessageDigest digest = newDigest();
    private long hashedLength;
    private PartInfo info;

    PartFile(DownloadRequest request) {
        this.request = request;
        this.part = request.partFile();
        this.sidecar = request.sidecarFile();
    }

    Path path() {
        return part;
    }

    PartInfo info() {
        return info;
    }

    /** Drops a part that belongs to another URI or size, brings the digest up to date and returns the length. */
    long prepare() throws IOException {
        if (!Files.exists(part)) {
            Files.deleteIfExists(sidecar);
            info = null;
            reset();
            return 0;
        }
        info = readSidecar();
        long length = Files.size(part);
        boolean sameSource = info != null && info.uri().equals(request.uri().toString())
                && Objects.equals(info.expectedSize(), request.expectedSize());
        boolean tooLong = request.expectedSize() != null && length > request.expectedSize();
        if (!sameSource || tooLong) {
            LOG.info("Discarding {}: it belongs to another download", part);
            discard();
            return 0;
        }
        if (length != hashedLength) {
            rehash();
        }
        return length;
    }

    /** Empties the part file: the server sends the whole file again, described by {@code newInfo}. */
    void restart(PartInfo newInfo) throws IOException {
        Files.write(part, new byte[0]);
        reset();
        remember(newInfo);
    }

    /** Writes the sidecar unless it already says the same. */
    void remember(PartInfo newInfo) throws IOException {
        if (!newInfo.equals(info)) {
            Files.writeString(sidecar, JSON.writeValueAsString(newInfo));
            info = newInfo;
        }
    }

    long length() throws IOException {
        return Files.exists(part) ? Files.size(part) : 0;
    }

    /** A stream that appends to the part file and feeds the digest with exactly what reached the disk. */
    OutputStream openAppend() throws IOException {
        OutputStream file = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long before = hashedLength;
                hashedLength = -1;
                file.write(b, off, len);
                digest.update(b, off, len);
                hashedLength = before + len;
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    String sha256() {
        try {
            MessageDigest copy = (MessageDigest) digest.clone();
            return HexFormat.of().formatHex(copy.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }

    /** Deletes the part and its sidecar. */
    void discard() throws IOException {
        Files.deleteIfExists(part);
        Files.deleteIfExists(sidecar);
        info = null;
        reset();
    }

    /** Moves the finished part to the target in one step and removes the sidecar. */
    void moveTo(Path target) throws IOException {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(sidecar);
        info = null;
    }

    private PartInfo readSidecar() {
        if (!Files.exists(sidecar)) {
            return null;
        }
        try {
            return JSON.readValue(sidecar.toFile(), PartInfo.class);
        } catch (IOException e) {
            LOG.warn("Unreadable {} ({}); the download starts over", sidecar, e.getMessage());
            return null;
        }
    }

    private void rehash() throws IOException {
        reset();
        byte[] buffer = new byte[256 * 1024];
        long count = 0;
        try (InputStream in = Files.newInputStream(part)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                count += n;
            }
        }
        hashedLength = count;
        LOG.debug("Hashed {} existing bytes of {}", count, part);
    }

    private void reset() {
        digest = newDigest();
        hashedLength = 0;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
