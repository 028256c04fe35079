package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Zip archives: a normal nested one, a zip bomb and a deeply nested chain of zips. */
final class ArchiveDocuments {

    static final String ZIP = "application/zip";
    /** The default zip bomb expands to 200 MiB from about 200 KB: a ratio of roughly 1000:1. */
    static final long DEFAULT_BOMB_BYTES = 200L << 20;

    private ArchiveDocuments() {
    }

    /** Folders {@code docs/} and {@code docs/manuals/}, a text file, a DOCX and a nested zip holding a text file. */
    static TestDocument nested(Path dir) throws IOException {
        Phrase text = Phrases.ZIP_TEXT;
        Phrase docx = Phrases.ZIP_DOCX;
        Phrase inner = Phrases.ZIP_NESTED;
        byte[] innerZip = ZipPackage.inMemory(zip -> zip.directory("maps")
                .deflated("maps/legend.txt", inner.line() + "\n"));
        Path file = dir.resolve("walrus-archive.zip");
        long expanded;
        try (ZipPackage zip = ZipPackage.create(file)) {
            zip.directory("docs").directory("docs/manuals")
                    .deflated("docs/boxes.txt", text.line() + "\n")
                    .deflated("docs/manuals/walrus-manual.docx", OfficeDocuments.docxBytes(
                            new Phrase("Walrus manual", "海象手册"), new Phrase("Contents", "目录"), docx, docx))
                    .deflated("docs/inner/maps.zip", innerZip);
            expanded = zip.uncompressedBytes();
        }
        List<DocumentPart> parts = List.of(DocumentPart.of("docs/boxes.txt", text),
                DocumentPart.of("docs/manuals/walrus-manual.docx", docx),
                DocumentPart.of("docs/inner/maps.zip!/maps/legend.txt", inner));
        TestDocument base = TestDocument.ofParts(file, ZIP, Structure.ENTRIES, parts, text, docx, inner);
        return withExpanded(base, expanded);
    }

    /**
     * One entry of {@code uncompressedBytes} zeros, deflated at level 9 and streamed (heap stays small). Deflate
     * tops out near 1030:1, so 200 MiB become about 200 KB on disk; {@link TestDocument#expandedBytes()} holds the
     * uncompressed size, the file size gives the ratio.
     */
    static TestDocument bomb(Path dir, long uncompressedBytes) throws IOException {
        Path file = dir.resolve("zeros-bomb.zip");
        try (ZipPackage zip = ZipPackage.create(file)) {
            zip.zeros("zeros.bin", uncompressedBytes);
        }
        return new TestDocument(file, ZIP, List.of(), List.of(), Structure.ENTRIES,
                List.of(new DocumentPart("zeros.bin", List.of())), uncompressedBytes);
    }

    /**
     * A zip holding {@code level-(n-1).zip}, which holds the next, {@code levels} zips deep; the innermost holds
     * {@code deepest.txt}. The parts list the path to the text file.
     */
    static TestDocument deeplyNested(Path dir, int levels) throws IOException {
        Phrase deepest = Phrases.ZIP_DEEPEST;
        byte[] current = ZipPackage.inMemory(zip -> zip.deflated("deepest.txt", deepest.line() + "\n"));
        StringBuilder path = new StringBuilder("deepest.txt");
        for (int level = 1; level < levels; level++) {
            String name = "level-" + level + ".zip";
            byte[] inner = current;
            current = ZipPackage.inMemory(zip -> zip.deflated(name, inner));
            path.insert(0, name + "!/");
        }
        Path file = Files.write(dir.resolve("matryoshka.zip"), current);
        return TestDocument.ofParts(file, ZIP, Structure.ENTRIES,
                List.of(DocumentPart.of(path.toString(), deepest)), deepest);
    }

    private static TestDocument withExpanded(TestDocument d, long expanded) {
        return new TestDocument(d.path(), d.mediaType(), d.englishPhrases(), d.chinesePhrases(), d.structure(),
                d.parts(), expanded);
    }
}
