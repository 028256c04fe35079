/**
 * The "Search" panel: results as the user types, with the query's words highlighted, filters, and a hand-off of
 * the results to chat.
 *
 * <p>{@link dev.zhiku.app.ui.search.SearchViewModel} debounces typing, searches off the FX thread through a
 * {@link dev.zhiku.app.ui.search.Searcher} (any {@code KnowledgeBase::search}) and drops results of queries the
 * user already changed. {@link dev.zhiku.app.ui.search.Highlighter} finds the ranges to emphasise (whole words
 * in Latin script, runs and bigrams in Chinese); {@link dev.zhiku.app.ui.search.SearchView} renders them as a
 * {@code TextFlow}. The shell receives "Ask about these results" through
 * {@link dev.zhiku.app.ui.search.SearchViewModel#setOnAsk}.
 */
package dev.zhiku.app.ui.search;
