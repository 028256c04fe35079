package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.SourceInfo;
import dev.zhiku.core.SourceQuery;
import dev.zhiku.core.TermStatistics;
import dev.zhiku.indexer.store.Bm25Anchor;
import dev.zhiku.indexer.store.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A knowledge base whose search is one of the {@link Baseline} anchors while everything else (term statistics,
 * sources, passages) is the real knowledge base's: answering on top of it differs from Zhiku's only in retrieval.
 */
final class BaselineKnowledgeBase implements KnowledgeBase {

    private final KnowledgeBase real;
    private final Baseline baseline;
    private final PassageIndex index;
    private final EmbeddingModel embeddings;
    private final Bm25Anchor bm25;

    BaselineKnowledgeBase(KnowledgeBase real, Baseline baseline, PassageIndex index, EmbeddingModel embeddings)
            throws IOException {
        if (baseline == Baseline.VECTOR && embeddings == null) {
            throw new IllegalArgumentException("the vector baseline needs the embedding model");
        }
        this.real = real;
        this.baseline = baseline;
        this.index = index;
        this.embeddings = embeddings;
        this.bm25 = baseline == Baseline.BM25 ? Bm25Anchor.of(index.allPassages()) : null;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        if (bm25 != null) {
            return bm25.search(query);
        }
        try {
            float[] vector = query.text().isBlank() ? null : embeddings.embedQuery(query.text());
            return index.searchVectorsOnly(query, vector);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed: " + e.getMessage(), e);
        }
    }

    /** Evidence is scored as in the real knowledge base: the anchors differ only in what they find. */
    @Override
    public double[] similarities(String query, java.util.List<String> texts) {
        return real.similarities(query, texts);
    }

    @Override
    public TermStatistics termStatistics(String text) {
        return real.termStatistics(text);
    }

    @Override
    public List<SourceInfo> sources(SourceQuery query) {
        return real.sources(query);
    }

    @Override
    public List<Passage> passagesContaining(String words, dev.zhiku.core.SearchFilter filter, int max) {
        return real.passagesContaining(words, filter, max);
    }

    @Override
    public List<Passage> passages(String path) {
        return real.passages(path);
    }

    @Override
    public List<String> privateFolders() {
        return real.privateFolders();
    }

    @Override
    public KnowledgeBaseStatus status() {
        return real.status();
    }

    @Override
    public void close() {
        if (bm25 != null) {
            bm25.close();
        }
    }

    @Override
    public String toString() {
        return "baseline " + baseline.label();
    }
}
