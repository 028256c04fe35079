package dev.zhiku.app.ui.search;

import dev.zhiku.core.Citation;
import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;

/**
 * One result as the list shows it.
 *
 * @param hit     the search hit
 * @param query   the query it answers
 * @param snippet the excerpt with highlights
 */
public record ResultItem(Hit hit, String query, Snippet snippet) {

    static final int SNIPPET_CHARS = 220;

    static ResultItem of(Hit hit, String query) {
        return new ResultItem(hit, query, Snippet.of(hit.passage().text(), query, SNIPPET_CHARS));
    }

    /** The passage as a citation, for the source viewer: the whole passage is what is highlighted. */
    public Citation citation() {
        Passage p = hit.passage();
        return new Citation(0, p.path(), p.member(), p.page(), p.startOffset(), p.endOffset(), p.text(),
                hit.score());
    }

    public String title() {
        Passage p = hit.passage();
        return p.title() == null || p.title().isBlank() ? p.path() : p.title();
    }

    /** The file (and part), the page where there is one, and the headings above the passage. */
    public String location() {
        Passage p = hit.passage();
        StringBuilder s = new StringBuilder(p.displayPath());
        if (p.page() > 0) {
            s.append(" · p. ").append(p.page());
        }
        if (p.headingPath() != null && !p.headingPath().isEmpty()) {
            s.append(" · ").append(p.headingPath());
        }
        return s.toString();
    }
}
