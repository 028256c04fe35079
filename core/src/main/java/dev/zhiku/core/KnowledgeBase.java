package dev.zhiku.core;

/**
 * The searchable store of a person's documents. Implemented by the indexer; used by retrieval and the UI.
 *
 * <p>Search works on whatever is ready: a file is keyword-searchable as soon as its text is extracted,
 * and takes part in vector search once its embeddings are computed.
 */
public interface KnowledgeBase extends AutoCloseable {

    /** Finds the passages that best match the query, best first. */
    SearchResult search(SearchQuery query);

    /** The words of a text as the index sees them, with how many passages contain each. */
    TermStatistics termStatistics(String text);

    /**
     * Every passage whose title, headings or text contain the words as written (case-insensitive), across the
     * whole index and not only the best few, at most {@code max}. For questions about the collection ("which
     * documents mention X"), whose answers must be exact. The default searches and keeps the passages that
     * contain the words, so it finds at most what a search of {@code max} passages returns; the local knowledge
     * base overrides it with an exact index query.
     */
    default java.util.List<Passage> passagesContaining(String words, SearchFilter filter, int max) {
        String wanted = words.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return java.util.List.of();
        }
        return search(new SearchQuery(words, filter, Math.max(1, max))).hits().stream().map(Hit::passage)
                .filter(p -> (p.title() + "\n" + p.headingPath() + "\n" + p.text()).toLowerCase(java.util.Locale.ROOT)
                        .contains(wanted))
                .toList();
    }

    /** Indexed sources matching the query, most recently modified first. */
    java.util.List<SourceInfo> sources(SourceQuery query);

    /** The passages of one source (a file, or a part of it), in document order. */
    java.util.List<Passage> passages(String path);

    /**
     * The folders (and single files) the user marked private: their content must never leave this PC. Read fresh
     * on every call, since the user can change it at any time; fails rather than answer when it cannot be read.
     */
    java.util.List<String> privateFolders();

    /**
     * How close in meaning each text is to the query: the cosine of their embeddings, one value per text, in order
     * (texts in another language than the query included: the embeddings cross languages). Empty when this
     * knowledge base has no embedding model, so callers fall back to matching words.
     */
    default double[] similarities(String query, java.util.List<String> texts) {
        return new double[0];
    }

    /** Counts, problems and sizes, for status displays. */
    KnowledgeBaseStatus status();

    @Override
    void close();
}
