package dev.zhiku.app.ui.search;

import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;

/** Runs one search; {@code knowledgeBase::search} is one. Called on a background thread. */
@FunctionalInterface
public interface Searcher {

    SearchResult search(SearchQuery query);
}
