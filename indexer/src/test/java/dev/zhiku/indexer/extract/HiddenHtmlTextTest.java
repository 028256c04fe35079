package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text a browser would not show (hidden by inline style, attribute or element) is not extracted. */
class HiddenHtmlTextTest {

    private static final List<String> VISIBLE = List.of(
            "Visible heading about the garden shed",
            "The visible paragraph says the shed is painted green",
            "Table cell with the visible opening hours",
            "Closing visible paragraph after the hidden parts");

    private static final List<String> HIDDEN = List.of(
            "The router password is hunter2",
            "Secret in a div with the hidden attribute",
            "Secret in an aria hidden span",
            "Nested child that looks visible inside a hidden parent",
            "Secret under visibility hidden",
            "Secret in a template element",
            "Secret in a noscript element",
            "Secret written by a script",
            "Secret in a style element");

    private static final String BODY = """
            <h1>Visible heading about the garden shed</h1>
            <p>The visible paragraph says the shed is painted green.</p>
            <p style="color: red ; DISPLAY :  None !important">The router password is hunter2.</p>
            <div HIDDEN>Secret in a div with the hidden attribute.</div>
            <p>Text before <span aria-hidden="TRUE">Secret in an aria hidden span</span> text after.</p>
            <section style="display:none"><div><p style="display:block">Nested child that looks
              visible inside a hidden parent.</p></div></section>
            <div style="visibility:hidden">Secret under visibility hidden.</div>
            <template><p>Secret in a template element.</p></template>
            <noscript><p>Secret in a noscript element.</p></noscript>
            <script>document.write("Secret written by a script");</script>
            <style>p::after { content: "Secret in a style element"; }</style>
            <table><tr><td>Table cell with the visible opening hours</td></tr></table>
            <p aria-hidden="false">Closing visible paragraph after the hidden parts.</p>
            """;

    @TempDir
    Path dir;

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionSettings.defaults());

    @Test
    void hiddenHtmlTextIsLeftOutAndVisibleTextKept() throws IOException, ExtractionFailure {
        assertVisibleOnly(ExtractedText.ofPage(extractor, dir, "shed.html", "Garden shed", BODY));
    }

    @Test
    void hiddenTextInAnEpubChapterIsLeftOut() throws IOException, ExtractionFailure {
        Path file = dir.resolve("shed.epub");
        String chapter = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml">
                <head><title>Chapter 1</title></head>
                <body>
                %s</body></html>
                """.formatted(BODY.replace("<div HIDDEN>", "<div hidden=\"hidden\">"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/epub+zip");
            deflated(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf"
                        media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            deflated(zip, "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:identifier id="id">urn:uuid:0b5e3a52-1d7e-4c1b-9a0e-3f1d2c4b5a69</dc:identifier>
                        <dc:title>The Shed</dc:title><dc:language>en</dc:language>
                      </metadata>
                      <manifest><item id="ch1" href="chapter1.xhtml" media-type="application/xhtml+xml"/></manifest>
                      <spine><itemref idref="ch1"/></spine>
                    </package>
                    """);
            deflated(zip, "OEBPS/chapter1.xhtml", chapter);
        }
        assertVisibleOnly(ExtractedText.allOf(extractor.extract(file, false)));
    }

    private static void assertVisibleOnly(String text) {
        assertAll(
                () -> assertAll(VISIBLE.stream().map(v -> () -> ExtractedText.assertContains(text, v))),
                () -> ExtractedText.assertContains(text, "Text before text after"),
                () -> assertAll(HIDDEN.stream().map(h -> () -> assertFalse(
                        ExtractedText.squeeze(text).contains(ExtractedText.squeeze(h)),
                        () -> "hidden text «" + h + "» was extracted: " + text))));
    }

    private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
