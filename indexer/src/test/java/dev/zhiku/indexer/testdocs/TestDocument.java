package dev.zhiku.indexer.testdocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated test document and what a test may expect of it.
 *
 * @param path            the written file
 * @param mediaType       the media type Tika should detect
 * @param englishPhrases  English phrases the extracted text contains
 * @param chinesePhrases  Chinese (or, for Big5 and Shift_JIS, Traditional Chinese and Japanese) phrases the
 *                        extracted text contains; empty when the format carries none
 * @param structure       what the parts are
 * @param parts           pages, slides, sheets, chapters, attachments, messages or entries, in order
 * @param expandedBytes   for archives, the total uncompressed size of the top-level entries; otherwise the file size
 */
public record TestDocument(Path path, String mediaType, List<String> englishPhrases, List<String> chinesePhrases,
        Structure structure, List<DocumentPart> parts, long expandedBytes) {

    public TestDocument {
        englishPhrases = List.copyOf(englishPhrases);
        chinesePhrases = List.copyOf(chinesePhrases);
        parts = List.copyOf(parts);
    }

    /** All phrases, English first. */
    public List<String> phrases() {
        return Stream.concat(englishPhrases.stream(), chinesePhrases.stream()).toList();
    }

    static TestDocument single(Path path, String mediaType, Phrase... phrases) throws IOException {
        return ofParts(path, mediaType, Structure.SINGLE, List.of(), phrases);
    }

    static TestDocument ofParts(Path path, String mediaType, Structure structure, List<DocumentPart> parts,
            Phrase... phrases) throws IOException {
        return new TestDocument(path, mediaType, Stream.of(phrases).map(Phrase::english).toList(),
                Stream.of(phrases).map(Phrase::chinese).filter(c -> c != null).toList(), structure, parts,
                Files.size(path));
    }
}
