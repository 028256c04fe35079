package dev.zhiku.indexer.extract;

import java.time.Instant;
import java.util.List;

/**
 * The text of one document: a whole file, or one part inside it (an e-mail message, an attachment,
 * an archive entry).
 *
 * @param member      empty for the file itself, otherwise the part's path inside the file
 * @param title       title from metadata (subject for mail), or empty
 * @param author      author or sender, or empty
 * @param created     creation or sent date, or null
 * @param contentType media type detected by Tika
 * @param blocks      the text in reading order
 * @param details     further metadata worth showing (recipients, for example), in order
 */
public record ExtractedDocument(String member, String title, String author, Instant created, String contentType,
                                List<TextBlock> blocks, List<String> details) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        details = List.copyOf(details);
    }

    /** Separator between blocks in {@link #text()}; offsets of passages count it. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    /** The document's text: its blocks joined by {@link #BLOCK_SEPARATOR}. Passage offsets point into it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (TextBlock b : blocks) {
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            text.append(b.text());
        }
        return text.toString();
    }

    /** Number of characters of text. */
    public long textLength() {
        long n = 0;
        for (TextBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
