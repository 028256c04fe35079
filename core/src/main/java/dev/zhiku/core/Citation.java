package dev.zhiku.core;

import java.util.List;

/**
 * A numbered source of an answer, precise enough to open the file at the passage.
 *
 * @param number      the [n] used in the answer text
 * @param path        the file on disk
 * @param member      the part inside the file (a mail message, an attachment), or empty
 * @param page        page, slide or sheet number, or 0
 * @param startOffset start of the passage in the document's extracted text
 * @param endOffset   end of the passage in the document's extracted text
 * @param snippet     the words that support the answer
 * @param score       retrieval score of the passage
 * @param alsoIn      other files (display paths) that hold the same passage
 */
public record Citation(int number, String path, String member, int page, int startOffset, int endOffset,
                       String snippet, double score, List<String> alsoIn) {

    public Citation {
        alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    }

    public Citation(int number, String path, String member, int page, int startOffset, int endOffset,
                    String snippet, double score) {
        this(number, path, member, page, startOffset, endOffset, snippet, score, List.of());
    }

    /** The path as shown and cited: the file, plus {@code !/member} for a part inside it. */
    public String displayPath() {
        return member == null || member.isEmpty() ? path : path + "!/" + member;
    }
}
