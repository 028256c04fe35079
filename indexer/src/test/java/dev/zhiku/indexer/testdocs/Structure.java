package dev.zhiku.indexer.testdocs;

/** What the {@link DocumentPart}s of a {@link TestDocument} are. */
public enum Structure {
    /** One undivided body of text. */
    SINGLE,
    PAGES,
    SLIDES,
    SHEETS,
    CHAPTERS,
    /** A mail with attachments: the parts are the attachments. */
    ATTACHMENTS,
    MESSAGES,
    /** An archive: the parts are its file entries. */
    ENTRIES
}
