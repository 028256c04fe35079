package dev.zhiku.llm.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whether a file starts with the four bytes {@code GGUF}. */
public final class GgufMagic {

    private static final byte[] MAGIC = {'G', 'G', 'U', 'F'};

    private GgufMagic() {
    }

    /** True only for a readable regular file that starts with the magic; never throws. */
    public static boolean isGguf(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            return Arrays.equals(head, MAGIC);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
