package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An EPUB 3 book built by hand: container, package document, navigation (nav and NCX) and two chapters. */
final class EpubDocuments {

    static final String EPUB = "application/epub+zip";

    private EpubDocuments() {
    }

    static TestDocument epub(Path dir) throws IOException {
        Path file = dir.resolve("amber-sea.epub");
        try (ZipPackage zip = ZipPackage.create(file)) {
            zip.stored("mimetype", EPUB)
                    .deflated("META-INF/container.xml", CONTAINER)
                    .deflated("OEBPS/content.opf", PACKAGE)
                    .deflated("OEBPS/nav.xhtml", NAV)
                    .deflated("OEBPS/toc.ncx", NCX)
                    .deflated("OEBPS/chapter1.xhtml", chapter("Chapter 1: The Amber Sea", Phrases.EPUB_1))
                    .deflated("OEBPS/chapter2.xhtml", chapter("Chapter 2: Wren Point", Phrases.EPUB_2));
        }
        return TestDocument.ofParts(file, EPUB, Structure.CHAPTERS, List.of(
                DocumentPart.of("chapter1.xhtml", Phrases.EPUB_1), DocumentPart.of("chapter2.xhtml", Phrases.EPUB_2)),
                Phrases.EPUB_1, Phrases.EPUB_2);
    }

    private static String chapter(String title, Phrase p) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
                <head><title>%1$s</title></head>
                <body><h1>%1$s</h1><p>%2$s.</p><p>%3$s。</p></body>
                </html>
                """.formatted(title, p.english(), p.chinese());
    }

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private static final String PACKAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="book-id">urn:uuid:6f1c1f2e-7d3a-4a51-9f0e-2b7c1d9e0a11</dc:identifier>
                <dc:title>The Amber Sea / 琥珀海</dc:title>
                <dc:creator>Zhiku Test Fixtures</dc:creator>
                <dc:language>zh-CN</dc:language>
                <meta property="dcterms:modified">2025-01-01T00:00:00Z</meta>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                <item id="ch1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
                <item id="ch2" href="chapter2.xhtml" media-type="application/xhtml+xml"/>
              </manifest>
              <spine toc="ncx">
                <itemref idref="ch1"/>
                <itemref idref="ch2"/>
              </spine>
            </package>
            """;

    private static final String NAV = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
            <head><title>Contents</title></head>
            <body><nav epub:type="toc"><ol>
              <li><a href="chapter1.xhtml">The Amber Sea</a></li>
              <li><a href="chapter2.xhtml">Wren Point</a></li>
            </ol></nav></body>
            </html>
            """;

    private static final String NCX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
              <head><meta name="dtb:uid" content="urn:uuid:6f1c1f2e-7d3a-4a51-9f0e-2b7c1d9e0a11"/></head>
              <docTitle><text>The Amber Sea</text></docTitle>
              <navMap>
                <navPoint id="p1" playOrder="1"><navLabel><text>The Amber Sea</text></navLabel>
                  <content src="chapter1.xhtml"/></navPoint>
                <navPoint id="p2" playOrder="2"><navLabel><text>Wren Point</text></navLabel>
                  <content src="chapter2.xhtml"/></navPoint>
              </navMap>
            </ncx>
            """;
}
