package dev.zhiku.indexer.testdocs;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Archive bombs, generated on the fly: small on disk, huge when expanded. Content is streamed through the
 * compressor block by block, so writing one never holds the expanded bytes in memory.
 */
public final class ArchiveBombs {

    /** Filler a bomb repeats: text that is not one repeated character, so only the expansion gives it away. */
    private static final byte[] FILLER = "All work and no play makes a dull archive. ".repeat(1500)
            .getBytes(StandardCharsets.US_ASCII);

    private ArchiveBombs() {
    }

    /** One zip entry {@code name} of {@code bytes} repeated filler text (declared size in the zip's headers). */
    public static Path repetitiveZip(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve("filler.zip");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            fill(zip, bytes);
            zip.closeEntry();
        }
        return file;
    }

    /** A gzip of {@code bytes} repeated filler text: no size is declared anywhere Tika reads it from. */
    public static Path gzip(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("backup.txt.gz");
        try (OutputStream gz = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            fill(gz, bytes);
        }
        return file;
    }

    /** A tar.gz holding one text file of {@code bytes} repeated filler. */
    public static Path tarGz(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("logs.tar.gz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry = new TarArchiveEntry("logs/app.log");
            entry.setSize(bytes);
            tar.putArchiveEntry(entry);
            fill(tar, bytes);
            tar.closeArchiveEntry();
        }
        return file;
    }

    /** A 7z (deflate) holding one text file of {@code bytes} repeated filler. */
    public static Path sevenZ(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("notes.7z");
        try (SevenZOutputFile sevenZ = new SevenZOutputFile(file.toFile())) {
            sevenZ.setContentCompression(SevenZMethod.DEFLATE);
            SevenZArchiveEntry entry = new SevenZArchiveEntry();
            entry.setName("notes.txt");
            entry.setLastModifiedTime(java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
            sevenZ.putArchiveEntry(entry);
            for (long left = bytes; left > 0; left -= FILLER.length) {
                sevenZ.write(FILLER, 0, (int) Math.min(FILLER.length, left));
            }
            sevenZ.closeArchiveEntry();
        }
        return file;
    }

    /**
     * Zips in zips, as the classic "42.zip": the innermost zip holds {@code fanOut} text files of
     * {@code leafBytes} filler each, and each of the {@code levels} levels above holds {@code fanOut} copies of the
     * one below; the whole expands to {@code leafBytes × fanOut^levels} and each single entry stays small.
     */
    public static Path nestedZips(Path dir, int fanOut, int levels, int leafBytes) throws IOException {
        ByteArrayOutputStream leafText = new ByteArrayOutputStream();
        fill(leafText, leafBytes);
        byte[] current = zipOf("part-%d.txt", fanOut, leafText.toByteArray());
        for (int level = 1; level < levels; level++) {
            current = zipOf("level" + level + "-%d.zip", fanOut, current);
        }
        return Files.write(dir.resolve("nested-bomb.zip"), current);
    }

    private static byte[] zipOf(String namePattern, int copies, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(String.format(namePattern, i)));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void fill(OutputStream out, long bytes) throws IOException {
        for (long left = bytes; left > 0; left -= FILLER.length) {
            out.write(FILLER, 0, (int) Math.min(FILLER.length, left));
        }
    }
}
