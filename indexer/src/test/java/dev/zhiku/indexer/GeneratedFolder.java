package dev.zhiku.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Many small text, Markdown and HTML files with seeded, numbered content. */
final class GeneratedFolder {

    private static final String[] WORDS = {"river", "copper", "lantern", "harbour", "meadow", "signal", "granite",
        "orchard", "beacon", "glacier", "江河", "铜线", "灯笼", "港口", "草地", "信号", "花岗岩", "果园"};

    private GeneratedFolder() {
    }

    static List<Path> write(Path dir, int files, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path sub = Files.createDirectories(dir.resolve("batch-" + (i / 50)));
            String body = paragraphs(random, i);
            Path file = switch (i % 3) {
                case 0 -> Files.writeString(sub.resolve("note-" + i + ".txt"), body, StandardCharsets.UTF_8);
                case 1 -> Files.writeString(sub.resolve("page-" + i + ".md"), "# Note " + i + "\n\n" + body,
                        StandardCharsets.UTF_8);
                default -> Files.writeString(sub.resolve("doc-" + i + ".html"), "<html><head><title>Doc " + i
                        + "</title></head><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>",
                        StandardCharsets.UTF_8);
            };
            written.add(file);
        }
        return written;
    }

    private static String paragraphs(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            for (int sentence = 0; sentence < 8; sentence++) {
                s.append("Item").append(n).append(' ');
                for (int w = 0; w < 10; w++) {
                    s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                s.setLength(s.length() - 1);
                s.append(". ");
            }
            s.append("\n\n");
        }
        return s.toString();
    }
}
