package dev.zhiku.indexer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

/** Whitespace-insensitive checks on extracted text (extractors break lines and space out CJK glyphs). */
final class ExtractedText {

    private ExtractedText() {
    }

    /** The text of a web page with this title and body, written to {@code dir/name} and extracted. */
    static String ofPage(DocumentExtractor extractor, java.nio.file.Path dir, String name, String title, String body)
            throws java.io.IOException, ExtractionFailure {
        java.nio.file.Path file = dir.resolve(name);
        java.nio.file.Files.writeString(file, "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body>\n"
                + body + "</body></html>\n");
        return allOf(extractor.extract(file, false));
    }

    static String allOf(Extraction extraction) {
        return extraction.documents().stream().map(d -> d.title() + "\n" + d.text())
                .collect(Collectors.joining("\n"));
    }

    static void assertContains(String text, String phrase) {
        assertTrue(squeeze(text).contains(squeeze(phrase)), () -> "missing «" + phrase + "» in: " + shorten(text));
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", "");
    }

    private static String shorten(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
