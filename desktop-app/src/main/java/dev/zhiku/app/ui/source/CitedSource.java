package dev.zhiku.app.ui.source;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the viewer knows about a citation once the index was read: the passage it points into (for the heading
 * path, the sheet or slide name and the words to look for on a PDF page).
 *
 * @param citation the citation
 * @param passages the source's passages in document order (empty when the index does not hold it)
 * @param passage  the cited passage, when found
 */
record CitedSource(Citation citation, List<Passage> passages, Optional<Passage> passage) {

    static CitedSource read(Citation citation, PassageReader reader) {
        List<Passage> passages = reader.passages(citation.displayPath());
        Optional<Passage> cited = passages.stream()
                .filter(p -> p.startOffset() <= citation.startOffset() && citation.startOffset() < p.endOffset())
                .findFirst();
        return new CitedSource(citation, passages, cited);
    }

    boolean isPdf() {
        String path = citation.path() == null ? "" : citation.path().toLowerCase(Locale.ROOT);
        return path.endsWith(".pdf") && (citation.member() == null || citation.member().isEmpty());
    }

    /** The page to show first (1-based). */
    int page() {
        return citation.page() > 0 ? citation.page() : passage.map(Passage::page).filter(p -> p > 0).orElse(1);
    }

    String headingPath() {
        return passage.map(Passage::headingPath).orElse("");
    }

    /** The sheet name or slide title, or empty. */
    String pageLabel() {
        return passage.map(Passage::pageLabel).orElse("");
    }

    /**
     * The words to find on a page, most precise first: the cited sentences (the passage's text at the citation's
     * offsets), the cited snippet, the whole passage, its start.
     */
    List<String> wordsToFind() {
        List<String> words = new ArrayList<>();
        passage.ifPresent(p -> {
            int from = citation.startOffset() - p.startOffset();
            int to = citation.endOffset() - p.startOffset();
            if (from >= 0 && to > from && to <= p.text().length()) {
                words.add(p.text().substring(from, to));
            }
        });
        if (citation.snippet() != null && !citation.snippet().isBlank()) {
            words.add(citation.snippet());
        }
        passage.map(Passage::text).ifPresent(text -> {
            words.add(text);
            String squeezed = PdfPassageLocator.squeeze(text);
            if (squeezed.length() > 40) {
                words.add(squeezed.substring(0, 40));
            }
        });
        return words;
    }

    /** The document range to highlight in text: the citation's offsets, else where its words are found. */
    int[] range(DocumentText text) {
        Citation c = citation;
        boolean offsets = c.startOffset() >= 0 && c.endOffset() > c.startOffset() && c.endOffset() <= text.length()
                && !passages.isEmpty();
        if (offsets) {
            return new int[] {c.startOffset(), c.endOffset()};
        }
        return text.find(c.snippet(), 0);
    }
}
