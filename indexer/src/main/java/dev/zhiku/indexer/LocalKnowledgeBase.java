package dev.zhiku.indexer;

import dev.zhiku.core.EmbeddingModel;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.KnowledgeBaseStatus;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import dev.zhiku.core.ZhikuHome;
import dev.zhiku.indexer.catalog.Catalog;
import dev.zhiku.indexer.store.FusionSettings;
import dev.zhiku.indexer.store.PassageIndex;
import dev.zhiku.indexer.store.VectorFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The knowledge base as searched: hybrid keyword + vector search over the Lucene index, status from the
 * catalog. It only reads, so it works while another process (or an {@link Indexer} in this one) indexes.
 */
public final class LocalKnowledgeBase implements KnowledgeBase {

    private final ZhikuHome home;
    private final PassageIndex index;
    private final EmbeddingModel embeddings;
    private final boolean ownsIndex;
    /** The last query embedded, so that scoring its evidence does not embed it again. */
    private volatile QueryVector lastQuery;
    /** Reorders the best hits of every search, or null (the default: search's own order). */
    private volatile dev.zhiku.core.Reranker reranker;
    private volatile int rerankTop;
    private volatile String rerankProblem = "";
    /** Kept open for catalog reads (the privacy check before every escalation): opening H2 costs ~45 ms a time. */
    private Catalog readCatalog;

    /** Searches an index that someone else (an {@link Indexer} in this process) owns and closes. */
    public LocalKnowledgeBase(ZhikuHome home, PassageIndex index, EmbeddingModel embeddings) {
        this(home, index, embeddings, false);
    }

    private LocalKnowledgeBase(ZhikuHome home, PassageIndex index, EmbeddingModel embeddings, boolean ownsIndex) {
        this.home = home;
        this.index = index;
        this.embeddings = embeddings;
        this.ownsIndex = ownsIndex;
    }

    /** Opens the knowledge base in {@code home} for searching. */
    public static LocalKnowledgeBase open(ZhikuHome home, FusionSettings fusion, EmbeddingModel embeddings)
            throws IOException {
        PassageIndex index = PassageIndex.openForReading(home.indexDir(), fusion);
        if (embeddings != null) {
            index.useVectorField(VectorFields.of(embeddings.id()));
        }
        return new LocalKnowledgeBase(home, index, embeddings, true);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        try {
            float[] vector = null;
            // Only the query model's own field is ever searched with its vector: never two models' vectors mixed.
            if (embeddings != null && !query.text().isBlank() && searchesOwnField() && index.hasVectors()) {
                vector = queryVector(query.text());
            }
            SearchResult result = index.search(query, vector);
            dev.zhiku.core.Reranker r = reranker;
            return r == null || result.hits().size() < 2 ? result : reranked(r, query.text(), result);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed: " + e.getMessage(), e);
        }
    }

    /**
     * Has {@code reranker} reorder the best {@code top} hits of every search from now on (null: no reordering).
     * The caller keeps and closes it.
     */
    public void useReranker(dev.zhiku.core.Reranker reranker, int top) {
        this.rerankTop = Math.max(2, top);
        this.reranker = reranker;
    }

    /** Why the last search kept its own order although a reranker is set (it failed), or empty. */
    public String rerankProblem() {
        return rerankProblem;
    }

    private SearchResult reranked(dev.zhiku.core.Reranker r, String question, SearchResult result) {
        long t0 = System.nanoTime();
        java.util.List<dev.zhiku.core.Hit> hits = result.hits();
        int n = Math.min(rerankTop, hits.size());
        java.util.List<String> texts = hits.subList(0, n).stream().map(h -> PassageIndex.contextualText(h.passage()))
                .toList();
        double[] scores;
        try {
            scores = r.scores(question, texts);
        } catch (RuntimeException e) {
            rerankProblem = "passages kept the search's order: " + e.getMessage();
            org.slf4j.LoggerFactory.getLogger(LocalKnowledgeBase.class).warn(rerankProblem);
            return result;
        }
        rerankProblem = "";
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a])); // stable: ties keep the search's order
        java.util.List<dev.zhiku.core.Hit> out = new java.util.ArrayList<>(hits.size());
        order.forEach(i -> out.add(hits.get(i)));
        out.addAll(hits.subList(n, hits.size()));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResult(out, result.vectorsUsed(), result.tookMillis() + millis, millis);
    }

    private boolean searchesOwnField() {
        return VectorFields.of(embeddings.id()).equals(index.vectorField());
    }

    @Override
    public double[] similarities(String query, java.util.List<String> texts) {
        if (embeddings == null || texts.isEmpty() || query.isBlank()) {
            return new double[0];
        }
        float[] q = queryVector(query);
        java.util.List<float[]> vectors = embeddings.embedPassagesAtOnce(texts);
        double[] out = new double[vectors.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = org.apache.lucene.util.VectorUtil.dotProduct(q, vectors.get(i));
        }
        return out;
    }

    private float[] queryVector(String text) {
        QueryVector last = lastQuery;
        if (last != null && last.text().equals(text)) {
            return last.vector();
        }
        float[] vector = embeddings.embedQuery(text);
        lastQuery = new QueryVector(text, vector);
        return vector;
    }

    private record QueryVector(String text, float[] vector) {
    }

    /**
     * The same knowledge base searched by an anchor instead of hybrid search, for measuring against it; the
     * BM25 anchor is built in memory from the stored passages. Close it before this one.
     */
    public KnowledgeBase baseline(Baseline baseline) {
        try {
            return new BaselineKnowledgeBase(this, baseline, index, embeddings);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed: " + e.getMessage(), e);
        }
    }

    @Override
    public dev.zhiku.core.TermStatistics termStatistics(String text) {
        try {
            return index.termStatistics(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.List<dev.zhiku.core.SourceInfo> sources(dev.zhiku.core.SourceQuery query) {
        return fromCatalog(catalog -> catalog.indexedSources(query));
    }

    @Override
    public java.util.List<dev.zhiku.core.Passage> passagesContaining(String words, dev.zhiku.core.SearchFilter filter,
                                                                    int max) {
        try {
            return index.passagesContaining(words, filter, max);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.List<dev.zhiku.core.Passage> passages(String path) {
        try {
            int bang = path.indexOf("!/");
            String file = bang < 0 ? path : path.substring(0, bang);
            String member = bang < 0 ? "" : path.substring(bang + 2);
            return index.passagesOf(file).stream().map(dev.zhiku.indexer.store.StoredPassage::passage)
                    .filter(p -> p.member().equals(member)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index failed: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.List<String> privateFolders() {
        return fromCatalog(catalog -> catalog.rootsWithPrivacy().stream().filter(Catalog.Root::isPrivate)
                .map(Catalog.Root::path).toList());
    }

    /** A catalog query on the kept connection, opened on first use and again after a failure. */
    private synchronized <T> T fromCatalog(CatalogQuery<T> query) {
        try {
            if (readCatalog == null) {
                readCatalog = Catalog.open(home.catalogBase());
            }
            return query.run(readCatalog);
        } catch (SQLException e) {
            closeReadCatalog();
            throw new IllegalStateException("reading the catalog failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface CatalogQuery<T> {
        T run(Catalog catalog) throws SQLException;
    }

    private void closeReadCatalog() {
        if (readCatalog != null) {
            try {
                readCatalog.close();
            } catch (Exception e) {
                // the connection is gone already; the next call opens a new one
            }
            readCatalog = null;
        }
    }

    @Override
    public KnowledgeBaseStatus status() {
        try {
            long passages = index.count(false);
            String active = fromCatalog(catalog -> catalog.meta(Catalog.ACTIVE_VECTOR_SET)
                    .orElse(catalog.meta("embedding_model").orElse("")));
            long withVectors = active.isEmpty() ? index.count(true) : index.countWithVectors(VectorFields.of(active));
            long size = sizeOf(home.root());
            return fromCatalog(catalog -> new KnowledgeBaseStatus(catalog.roots(), catalog.counts(),
                    catalog.problems(), passages, withVectors, size, active));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closeReadCatalog();
        }
        if (ownsIndex) {
            index.close();
        }
    }
}
