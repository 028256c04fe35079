package dev.zhiku.indexer.chunk;

/**
 * A passage planned from a document: the unit that is indexed, embedded and cited.
 *
 * @param index       0-based position within its document
 * @param text        the passage text (exactly {@code documentText.substring(start, end)})
 * @param start       offset of the first character in the document's text
 * @param end         offset after the last character
 * @param page        page, slide or sheet of the first block, or 0
 * @param pageLabel   sheet name or slide title, or empty
 * @param headingPath headings above the passage, or empty
 * @param language    detected language ({@code zh}, {@code en}, ...)
 * @param tokens      size in tokens of the embedding model
 */
public record Chunk(int index, String text, int start, int end, int page, String pageLabel, String headingPath,
                    String language, int tokens) {
}
