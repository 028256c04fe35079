package dev.zhiku.app.ui.search;

import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchFilter;
import java.util.List;

/**
 * "Ask about these results": what the chat needs to continue from a search.
 *
 * @param query  the words searched for
 * @param filter the filters in force
 * @param hits   the results shown, best first
 */
public record AskRequest(String query, SearchFilter filter, List<Hit> hits) {

    public AskRequest {
        hits = List.copyOf(hits);
    }
}
