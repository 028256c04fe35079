package dev.zhiku.core;

import java.time.Instant;

/**
 * A piece of a source document, the unit that is searched and cited.
 *
 * @param id          stable identifier of the passage within the index
 * @param path        absolute path of the file on disk
 * @param member      the part inside the file (an e-mail message, an attachment, an archive entry), or empty
 * @param title       document title (metadata, or the file name)
 * @param author      author, sender or empty
 * @param fileType    lower-case extension of the file ({@code pdf}, {@code eml}, ...)
 * @param language    detected language of the passage ({@code zh}, {@code en}, ...)
 * @param page        1-based page, slide or sheet number, or 0 where the format has none
 * @param pageLabel   the sheet name or slide title where there is one, otherwise empty
 * @param headingPath headings above the passage joined by " › ", or empty
 * @param text        the passage text
 * @param startOffset offset of the first character in the document's extracted text
 * @param endOffset   offset after the last character in the document's extracted text
 * @param modified    last modification time of the file
 */
public record Passage(String id, String path, String member, String title, String author, String fileType,
                      String language, int page, String pageLabel, String headingPath, String text,
                      int startOffset, int endOffset, Instant modified) {

    /** The path as shown and cited: the file, plus {@code !/member} for a part inside it. */
    public String displayPath() {
        return member == null || member.isEmpty() ? path : path + "!/" + member;
    }
}
