package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut for small UTF-8 text and Markdown files must give exactly what Tika's own detection and text parser
 * give (blocks with headings and offsets, title, warnings), and leave other encodings and binary files to Tika.
 */
class PlainTextShortcutTest {

    @TempDir
    Path dir;

    private final DocumentExtractor withShortcut = new DocumentExtractor(ExtractionSettings.defaults(), true);
    private final DocumentExtractor tikaOnly = new DocumentExtractor(ExtractionSettings.defaults(), false);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes.txt", "readme.md", "crlf.txt", "bom.txt", "gbk.txt", "nul.txt", "pdf-named.txt",
        "long.markdown"})
    void givesWhatTikaGives(String name) throws Exception {
        Path file = write(name);
        Extraction fast = withShortcut.extract(file, false);
        Extraction tika = tikaOnly.extract(file, false);
        assertEquals(comparable(tika), comparable(fast));
        assertFalse(tika.documents().isEmpty() && !name.startsWith("nul") && !name.startsWith("pdf")
                && fast.documents().isEmpty(), "no text from " + name);
    }

    @Test
    void onlyValidUtf8WithoutNulIsTakenDirectly() {
        assertNotNull(Utf8TextParser.strictUtf8("知库 notes".getBytes(StandardCharsets.UTF_8)));
        assertNull(Utf8TextParser.strictUtf8("知库".getBytes(Charset.forName("GBK"))));
        assertNull(Utf8TextParser.strictUtf8(new byte[] {'a', 0, 'b'}));
        assertEquals("x", Utf8TextParser.strictUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}));
    }

    /** Everything of an extraction except the content type's charset label, which Tika guesses for ASCII. */
    private static List<Object> comparable(Extraction e) {
        return List.of(e.documents().stream().map(d -> List.of(d.member(), d.title(), d.author(), d.blocks(),
                d.details())).toList(), e.warnings(), e.truncated(), e.needsOcr());
    }

    private Path write(String name) throws IOException {
        Path file = dir.resolve(name);
        String english = "Backups run nightly at two.\nRestore with pg_restore -d db file.\n\n"
                + "A second paragraph, e.g. about WAL archiving. It has two sentences.\n";
        String chinese = "数据库每天凌晨两点备份。\n恢复时使用 pg_restore 命令。\n\n第二段：关于预写日志归档。\n";
        switch (name) {
            case "notes.txt" -> Files.writeString(file, english + chinese);
            case "readme.md" -> Files.writeString(file, "# Backups\n\n" + english + "\n## 恢复\n\n" + chinese
                    + "\n- item one\n- item two\n");
            case "crlf.txt" -> Files.writeString(file, (english + chinese).replace("\n", "\r\n"));
            case "bom.txt" -> Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    (chinese + english).getBytes(StandardCharsets.UTF_8)));
            case "gbk.txt" -> Files.write(file, (chinese + chinese + chinese).getBytes(Charset.forName("GBK")));
            case "nul.txt" -> Files.write(file, concat(english.getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2}));
            case "pdf-named.txt" -> Files.write(file, minimalPdf());
            case "long.markdown" -> Files.writeString(file, ("## Part\n\n" + english + chinese).repeat(400));
            default -> throw new IllegalArgumentException(name);
        }
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] minimalPdf() throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
