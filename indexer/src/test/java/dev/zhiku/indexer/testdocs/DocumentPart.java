package dev.zhiku.indexer.testdocs;

import java.util.List;

/**
 * One page, slide, sheet, chapter, message or archive entry of a generated document.
 *
 * @param label   the page number, slide number, sheet name, chapter file, message subject or entry path
 * @param phrases the distinctive phrases (English and Chinese) written into this part
 */
public record DocumentPart(String label, List<String> phrases) {

    public DocumentPart {
        phrases = List.copyOf(phrases);
    }

    static DocumentPart of(String label, Phrase phrase) {
        return new DocumentPart(label, phrase.both());
    }
}
