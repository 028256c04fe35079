package dev.zhiku.indexer.testdocs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Files an indexer must survive: empty, random bytes behind a known extension, huge lines, broken UTF-8. */
final class HostileDocuments {

    private HostileDocuments() {
    }

    static TestDocument empty(Path dir) throws IOException {
        return plain(Files.write(dir.resolve("empty.txt"), new byte[0]), "text/plain");
    }

    /** {@code size} bytes from a {@link Random} seeded with {@code seed}, so a failure can be replayed. */
    static TestDocument randomBytes(Path dir, String fileName, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return plain(Files.write(dir.resolve(fileName), bytes), "application/octet-stream");
    }

    /** One line of {@code bytes} ASCII characters without a line break, written streaming. */
    static TestDocument singleLine(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("single-line.txt");
        byte[] block = "lorem ipsum dolor sit amet consectetur adipiscing elit ".repeat(1200)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return plain(file, "text/plain");
    }

    /** Mostly valid UTF-8 text broken by a lone continuation byte, an overlong form and a truncated sequence. */
    static TestDocument invalidUtf8(Path dir) throws IOException {
        byte[] head = (Phrases.TEXT_UTF8.english() + " before the bad bytes\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xE6, (byte) 0xB3};
        byte[] tail = "\nafter the bad bytes 之后\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return plain(Files.write(dir.resolve("invalid-utf8.txt"), all), "text/plain");
    }

    private static TestDocument plain(Path file, String mediaType) throws IOException {
        return new TestDocument(file, mediaType, List.of(), List.of(), Structure.SINGLE, List.of(), Files.size(file));
    }
}
