package dev.zhiku.indexer.testdocs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a zip-based package (ODF, EPUB, plain zip) entry by entry; tracks the uncompressed size. */
final class ZipPackage implements AutoCloseable {

    /** Fills a package; used to build nested archives in memory. */
    interface Content {
        void writeTo(ZipPackage zip) throws IOException;
    }

    private final ZipOutputStream out;
    private long uncompressedBytes;

    private ZipPackage(OutputStream target) {
        this.out = new ZipOutputStream(target, StandardCharsets.UTF_8);
    }

    static ZipPackage create(Path file) throws IOException {
        return new ZipPackage(Files.newOutputStream(file));
    }

    static byte[] inMemory(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipPackage zip = new ZipPackage(bytes)) {
            content.writeTo(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An uncompressed entry, as the ODF and EPUB {@code mimetype} entry must be. */
    ZipPackage stored(String name, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        return write(entry, data);
    }

    ZipPackage deflated(String name, String utf8Text) throws IOException {
        return deflated(name, utf8Text.getBytes(StandardCharsets.UTF_8));
    }

    ZipPackage deflated(String name, byte[] data) throws IOException {
        return write(new ZipEntry(name), data);
    }

    ZipPackage directory(String name) throws IOException {
        return write(new ZipEntry(name.endsWith("/") ? name : name + "/"), new byte[0]);
    }

    /** Streams {@code size} zero bytes into one entry without holding them in memory. */
    ZipPackage zeros(String name, long size) throws IOException {
        out.setLevel(9);
        out.putNextEntry(new ZipEntry(name));
        byte[] block = new byte[1 << 16];
        for (long left = size; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
        out.closeEntry();
        uncompressedBytes += size;
        return this;
    }

    long uncompressedBytes() {
        return uncompressedBytes;
    }

    private ZipPackage write(ZipEntry entry, byte[] data) throws IOException {
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
        uncompressedBytes += data.length;
        return this;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
