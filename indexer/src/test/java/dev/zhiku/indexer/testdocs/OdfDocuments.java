package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * OpenDocument text, spreadsheet and presentation packages written by hand: an uncompressed {@code mimetype}
 * first, then {@code content.xml}, {@code meta.xml} and {@code META-INF/manifest.xml}. Small, but valid ODF 1.2.
 */
final class OdfDocuments {

    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private static final String NAMESPACES = """
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
            xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
            xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" \
            office:version="1.2\"""";

    private OdfDocuments() {
    }

    static TestDocument odt(Path dir) throws IOException {
        Phrase p = Phrases.ODT;
        String body = "<office:text><text:h text:outline-level=\"1\">Meridian library / 子午线图书馆</text:h>"
                + "<text:p>" + p.english() + ".</text:p><text:p>" + p.chinese() + "。</text:p></office:text>";
        return write(dir.resolve("meridian-library.odt"), ODT, "Meridian library", body, p);
    }

    static TestDocument ods(Path dir) throws IOException {
        Phrase p = Phrases.ODS;
        String body = "<office:spreadsheet><table:table table:name=\"Canteen\">"
                + row(cell("Meals"), "<table:table-cell office:value-type=\"float\" office:value=\"310\">"
                        + "<text:p>310</text:p></table:table-cell>")
                + row(cell(p.english()), cell(p.chinese()))
                + "</table:table></office:spreadsheet>";
        return write(dir.resolve("meridian-canteen.ods"), ODS, "Meridian canteen", body, p);
    }

    static TestDocument odp(Path dir) throws IOException {
        Phrase p = Phrases.ODP;
        String body = "<office:presentation><draw:page draw:name=\"page1\">"
                + frame("2cm", "Meridian shuttle / 子午线班车")
                + frame("6cm", p.english() + ". " + p.chinese() + "。")
                + "</draw:page></office:presentation>";
        return write(dir.resolve("meridian-shuttle.odp"), ODP, "Meridian shuttle", body, p);
    }

    private static TestDocument write(Path file, String mediaType, String title, String body, Phrase phrase)
            throws IOException {
        try (ZipPackage zip = ZipPackage.create(file)) {
            zip.stored("mimetype", mediaType)
                    .deflated("content.xml", xml("office:document-content", "<office:body>" + body
                            + "</office:body>"))
                    .deflated("meta.xml", xml("office:document-meta", "<office:meta><dc:title>" + title
                            + "</dc:title></office:meta>").replace("office:version", "xmlns:dc="
                            + "\"http://purl.org/dc/elements/1.1/\" office:version"))
                    .deflated("META-INF/manifest.xml", manifest(mediaType));
        }
        return TestDocument.single(file, mediaType, phrase);
    }

    private static String xml(String root, String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " " + NAMESPACES + ">" + inner
                + "</" + root + ">\n";
    }

    private static String manifest(String mediaType) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(mediaType);
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String frame(String y, String text) {
        return "<draw:frame svg:x=\"2cm\" svg:y=\"" + y + "\" svg:width=\"20cm\" svg:height=\"3cm\">"
                + "<draw:text-box><text:p>" + text + "</text:p></draw:text-box></draw:frame>";
    }
}
