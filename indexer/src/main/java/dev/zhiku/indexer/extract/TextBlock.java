package dev.zhiku.indexer.extract;

/**
 * A paragraph-like unit of extracted text with where it sits in the document.
 *
 * @param text        the text, whitespace-normalised
 * @param page        1-based page, slide or sheet number; 0 where the format has no pages
 * @param pageLabel   sheet name or slide title, or empty
 * @param headingPath headings above this block joined by " › ", or empty
 * @param heading     whether the block is itself a heading
 */
public record TextBlock(String text, int page, String pageLabel, String headingPath, boolean heading) {
}
