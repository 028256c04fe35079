package dev.zhiku.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A small folder of real files: readable Chinese and English text, an empty file and a broken PDF. */
public final class SampleFolder {

    static final String CHINESE = "长城.txt";
    static final String ENGLISH = "photosynthesis.md";
    static final String HTML = "volcano.html";
    static final String EMPTY = "empty.txt";
    static final String BROKEN_PDF = "broken.pdf";

    private static final Logger LOG = LoggerFactory.getLogger(SampleFolder.class);

    private SampleFolder() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve(CHINESE), """
                长城是中国古代的军事防御工程。
                明长城东起山海关，西至嘉峪关，绵延数千公里，修筑城墙与烽火台以抵御北方游牧民族。
                """);
        write(dir.resolve(ENGLISH), """
                # Photosynthesis

                Green plants capture sunlight in their chloroplasts and turn carbon dioxide and water
                into sugar and oxygen. This process is called photosynthesis.
                """);
        write(dir.resolve(HTML), """
                <html><head><title>Shield volcanoes</title></head>
                <body><h1>Shield volcanoes</h1><p>Basalt lava flows build broad shield volcanoes such as
                Mauna Loa in Hawaii.</p></body></html>
                """);
        Files.write(dir.resolve(EMPTY), new byte[0]);
        long seed = System.nanoTime();
        LOG.info("random bytes of {} from seed {}", BROKEN_PDF, seed);
        byte[] noise = new byte[4096];
        new Random(seed).nextBytes(noise);
        Files.write(dir.resolve(BROKEN_PDF), noise);
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
