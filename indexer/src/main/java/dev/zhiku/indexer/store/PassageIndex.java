package dev.zhiku.indexer.store;

import dev.zhiku.core.translate.BilingualDictionary;
import dev.zhiku.core.Hit;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of passages: keyword fields in four analyses plus an HNSW vector field. One process writes
 * (it holds Lucene's write lock); any number of processes may search, seeing each commit as it lands.
 */
public final class PassageIndex implements AutoCloseable {

    /** Translations of one question word searched across the language line. */
    static final int TRANSLATIONS_PER_WORD = Integer.getInteger("zhiku.translate.perWord", 3);
    /** Weight of the translated keyword list relative to the other-language vector list. */
    static final double TRANSLATED_WEIGHT = Double.parseDouble(System.getProperty("zhiku.translate.weight", "1.0"));


    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final FusionSettings fusion;
    private final KeywordQueries keywordQueries;
    /** The field of the model whose vectors are searched and written ({@link VectorFields}). */
    private volatile String vectorField = VectorFields.BUNDLED;

    private PassageIndex(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers,
                         FusionSettings fusion) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.fusion = fusion;
        this.keywordQueries = new KeywordQueries(fusion.fieldBoosts());
    }

    /** Opens the index for writing; fails with {@link IndexLockedException} when another process writes. */
    public static PassageIndex openForWriting(Path dir, FusionSettings fusion) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.wrapper());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(48);
        config.setCommitOnClose(false);
        config.setMergeScheduler(new BackgroundMergeScheduler());
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new PassageIndex(directory, writer, new SearcherManager(writer, new SearcherFactory()), fusion);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir);
        }
    }

    /** Opens the index for searching only, for example while another process indexes. */
    public static PassageIndex openForReading(Path dir, FusionSettings fusion) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new PassageIndex(directory, null, new SearcherManager(directory, new SearcherFactory()), fusion);
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new NoIndexYetException("no index in " + dir + " yet: run `zhiku index` first", e);
        }
    }

    /**
     * Makes search and writes use the vectors of the model whose field this is; other models' vectors stay as they
     * are and are never searched with this model's queries.
     */
    public void useVectorField(String field) {
        if (!VectorFields.isVectorField(field)) {
            throw new IllegalArgumentException(field + " is not a vector field");
        }
        this.vectorField = field;
    }

    public String vectorField() {
        return vectorField;
    }

    /** Replaces every passage of a source with the given ones (none: the source disappears). */
    public void replaceSource(String path, List<StoredPassage> passages) throws IOException {
        requireWriter();
        Term source = new Term(PassageDocuments.PATH, path);
        if (passages.isEmpty()) {
            writer.deleteDocuments(source);
            return;
        }
        List<Document> docs = new ArrayList<>(passages.size());
        for (StoredPassage p : passages) {
            docs.add(PassageDocuments.toDocument(p, vectorField));
        }
        // One atomic delete-and-add: a commit by another thread never sees the source without its passages.
        writer.updateDocuments(source, docs);
    }

    /** Sets embeddings of passages already in the index. */
    public void setVectors(List<StoredPassage> passages) throws IOException {
        setVectors(passages, vectorField);
    }

    /** Sets passages' vectors in one model's field; their vectors of other models stay. */
    public void setVectors(List<StoredPassage> passages, String field) throws IOException {
        requireWriter();
        for (StoredPassage p : passages) {
            writer.updateDocument(new Term(PassageDocuments.ID, p.passage().id()),
                    PassageDocuments.toDocument(p, field));
        }
    }

    /** Makes all changes durable and visible to searches in any process. */
    public void commit() throws IOException {
        requireWriter();
        writer.commit();
        // blocking: maybeRefresh returns at once when another thread is refreshing, and this thread's next read
        // (what is left to embed, the progress recorded) would then not see its own commit
        searchers.maybeRefreshBlocking();
    }

    /** The passages of one source, in order, with their vectors where present. */
    public List<StoredPassage> passagesOf(String path) throws IOException {
        return passagesOf(path, vectorField);
    }

    /** The passages of one source, in order, with their vectors in {@code field} (and the others kept aside). */
    public List<StoredPassage> passagesOf(String path, String field) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(PassageDocuments.PATH, path)), Integer.MAX_VALUE);
            List<String> others = vectorFields(searcher).stream().filter(f -> !f.equals(field)).toList();
            List<StoredPassage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(load(searcher, sd.doc, field, others));
            }
            out.sort((a, b) -> Integer.compare(a.passage().startOffset(), b.passage().startOffset()));
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    public long count(boolean onlyWithVectors) throws IOException {
        return onlyWithVectors ? countWithVectors(vectorField) : count(new MatchAllDocsQuery());
    }

    /** Passages with a vector in one model's field. */
    public long countWithVectors(String field) throws IOException {
        return count(VectorFields.BUNDLED.equals(field) ? new TermQuery(new Term(PassageDocuments.HAS_VECTOR, "1"))
                : new FieldExistsQuery(field));
    }

    /** Passages with a vector of any model: the ones a new model must embed to be complete. */
    public long countWithAnyVector() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query any = anyVector(searcher);
            return any == null ? 0 : searcher.count(any);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Sources (at most {@code max}) with a passage that has some model's vector but none in {@code field}: what
     * remains to embed before that model's set is complete. Passages with no vector at all (keyword-only text,
     * vectors not computed yet) are not counted: the indexer gives them the active model's vectors.
     */
    public List<String> sourcesMissing(String field, int max) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query any = anyVector(searcher);
            if (any == null) {
                return List.of();
            }
            Query missing = new BooleanQuery.Builder().add(any, BooleanClause.Occur.FILTER)
                    .add(new FieldExistsQuery(field), BooleanClause.Occur.MUST_NOT).build();
            return sourcesMatching(searcher, missing, max);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The distinct sources (at most {@code max}) of the passages {@code query} matches. */
    private static List<String> sourcesMatching(IndexSearcher searcher, Query query, int max) throws IOException {
        java.util.LinkedHashSet<String> paths = new java.util.LinkedHashSet<>();
        for (ScoreDoc sd : searcher.search(query, Math.max(1, max * 8)).scoreDocs) {
            paths.add(searcher.storedFields().document(sd.doc, java.util.Set.of(PassageDocuments.PATH))
                    .get(PassageDocuments.PATH));
            if (paths.size() >= max) {
                break;
            }
        }
        return List.copyOf(paths);
    }

    /** Sources (at most {@code max}) with a passage that has a vector in {@code field}. */
    public List<String> sourcesWith(String field, int max) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return sourcesMatching(searcher, new FieldExistsQuery(field), max);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query anyVector(IndexSearcher searcher) {
        List<String> fields = vectorFields(searcher);
        if (fields.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        fields.forEach(f -> any.add(new FieldExistsQuery(f), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The vector fields some passage of the index has. */
    private static List<String> vectorFields(IndexSearcher searcher) {
        List<String> out = new ArrayList<>();
        for (org.apache.lucene.index.FieldInfo info
                : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
            if (info.getVectorDimension() > 0 && VectorFields.isVectorField(info.name)) {
                out.add(info.name);
            }
        }
        return out;
    }

    private long count(Query q) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(q);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Passage frequencies of a text's words: Latin words stemmed (stop words dropped), Chinese words as SmartCN
     * cuts them.
     */
    public dev.zhiku.core.TermStatistics termStatistics(String text) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<dev.zhiku.core.TermStatistics.Term> terms = new ArrayList<>();
            for (String field : List.of(Analyzers.EN, Analyzers.ZH)) {
                for (String t : keywordQueries.fieldTerms(field, text)) {
                    long df = searcher.getIndexReader().docFreq(new Term(field, t));
                    Boolean translated = field.equals(Analyzers.ZH)
                            ? translatedSomewhere(searcher.getIndexReader(), t) : null;
                    terms.add(new dev.zhiku.core.TermStatistics.Term(t, field.equals(Analyzers.ZH), df, translated));
                }
            }
            return new dev.zhiku.core.TermStatistics(terms, searcher.getIndexReader().numDocs());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Hybrid search; {@code queryVector} may be null for keyword-only search. */
    /**
     * Width of the vector graph search, however few passages are asked for: at 40 the graph's approximation moved
     * passages between index builds of the same files; at 200 the lists are nearly the exact nearest neighbours on
     * dev-eval (1,000 differs on one question), so rankings depend far less on how the graph happened to be built
     * (decision 0049). {@code -Dzhiku.vector.beam=N} for measurements.
     */
    static final int BEAM = Integer.getInteger("zhiku.vector.beam", 200);

    public SearchResult search(SearchQuery query, float[] queryVector) throws IOException {
        long t0 = System.nanoTime();
        String field = vectorField;
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query filter = filter(query.filter());
            int candidates = Math.max(fusion.candidates(), query.k());
            Map<Integer, double[]> fused = new LinkedHashMap<>();
            Query keyword = keywordQueries.build(query.text());
            String bestKeywordText = null;
            if (keyword != null) {
                Query q = filter == null ? keyword : new BooleanQuery.Builder()
                        .add(keyword, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
                TopDocs top = searcher.search(q, candidates);
                addRanks(fused, top, 0, fusion.keywordWeight());
                if (top.scoreDocs.length > 0) {
                    bestKeywordText = PassageDocuments.searchableText(passageAt(searcher, top.scoreDocs[0].doc));
                }
            }
            boolean vectorsUsed = false;
            if (queryVector != null && hasVectors(searcher, field)) {
                String queryLanguage = dev.zhiku.core.text.LanguageGuesser.guess(query.text());
                Query same = new TermQuery(new Term(PassageDocuments.LANG, queryLanguage));
                addVectorRanks(fused, searcher, searcher.search(new KnnFloatVectorQuery(field,
                        queryVector, Math.max(candidates, BEAM), filter), candidates), queryLanguage);
                // Passages across the language line also compete among themselves, weighted by how little of the
                // question the keyword search could explain: keywords cannot vouch for them, meaning can.
                double coverage = KeywordCoverage.of(searcher.getIndexReader(), keywordQueries, query.text(),
                        bestKeywordText);
                double acrossWeight = fusion.acrossWeight(coverage);
                boolean lead = TRANSLATED_LEAD > 0 && (!LEAD_ZH_ONLY || "zh".equals(queryLanguage))
                        && coverage < 1 - LEAD_MARGIN;
                // the translated search only when its ranks can count: most questions are explained in their own
                // language, and it costs a query and a term scan
                Translated translated = acrossWeight > 0 || lead
                        ? translated(searcher, query.text(), queryLanguage, same, filter, candidates) : null;
                if (translated != null && lead) {
                    // the other language's best passage explains more of the question, in translation, than the
                    // best passage of the question's own language: a stale or missing translation
                    acrossWeight = Math.max(acrossWeight, fusion.acrossWeight(0) * TRANSLATED_LEAD
                            * (coverage(searcher, query.text(), queryLanguage, translated) - coverage - LEAD_MARGIN));
                }
                if (acrossWeight > 0) {
                    addRanks(fused, searcher.search(knn(field, queryVector, candidates, same, true, filter), candidates), 1,
                            acrossWeight);
                    if (translated != null) {
                        for (int rank = 0; rank < translated.top().scoreDocs.length; rank++) {
                            double[] s = fused.computeIfAbsent(translated.top().scoreDocs[rank].doc, d -> new double[3]);
                            s[2] += acrossWeight * TRANSLATED_WEIGHT / (fusion.rankConstant() + rank + 1);
                        }
                    }
                }
                vectorsUsed = true;
            }
            List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(fused.entrySet());
            ranked.sort((a, b) -> Double.compare(b.getValue()[2], a.getValue()[2]));
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<Integer, double[]> e : ranked.subList(0, Math.min(query.k(), ranked.size()))) {
                double[] s = e.getValue();
                hits.add(new Hit(passageAt(searcher, e.getKey()), s[2], s[0], 2 * s[1] - (s[1] == 0 ? 0 : 1)));
            }
            return new SearchResult(hits, vectorsUsed, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * How much of a question the best passage of the translated search explains, 0 to 1 ({@link #translated});
     * 0 when nothing in another language matches.
     */
    double translatedCoverage(String question) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            String language = dev.zhiku.core.text.LanguageGuesser.guess(question);
            Translated t = translated(searcher, question, language,
                    new TermQuery(new Term(PassageDocuments.LANG, language)), null, fusion.candidates());
            return t == null ? 0 : coverage(searcher, question, language, t);
        } finally {
            searchers.release(searcher);
        }
    }

    /** How much of a question the best keyword passage explains, 0 to 1 ({@link KeywordCoverage}). */
    double keywordCoverage(String question) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query keyword = keywordQueries.build(question);
            ScoreDoc[] top = keyword == null ? new ScoreDoc[0] : searcher.search(keyword, 1).scoreDocs;
            return KeywordCoverage.of(searcher.getIndexReader(), keywordQueries, question,
                    top.length == 0 ? null : PassageDocuments.searchableText(passageAt(searcher, top[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The vector anchor hybrid search is measured against: the k nearest passages to the query vector, no keyword
     * search, no fusion. Empty while no passage has its vector.
     */
    public SearchResult searchVectorsOnly(SearchQuery query, float[] queryVector) throws IOException {
        long t0 = System.nanoTime();
        String field = vectorField;
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Hit> hits = new ArrayList<>();
            if (queryVector != null && hasVectors(searcher, field)) {
                KnnFloatVectorQuery knn = new KnnFloatVectorQuery(field, queryVector,
                        Math.max(fusion.candidates(), query.k()), filter(query.filter()));
                ScoreDoc[] top = searcher.search(knn, query.k()).scoreDocs;
                for (ScoreDoc sd : top) {
                    hits.add(new Hit(passageAt(searcher, sd.doc), sd.score, 0, 2 * sd.score - 1));
                }
            }
            return new SearchResult(hits, queryVector != null, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Every passage (at most {@code max}) whose searchable text contains the words as written, case-insensitively:
     * the index finds the passages holding all their words (plain words and CJK bigrams), then each passage's text
     * is checked for the words in order, so the answer is exact and not the best few of a ranking.
     */
    public List<dev.zhiku.core.Passage> passagesContaining(String words, SearchFilter filter, int max)
            throws IOException {
        String wanted = normalised(words);
        if (wanted.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of(Analyzers.PLAIN, Analyzers.CJK)) {
            for (String term : keywordQueries.fieldTerms(field, words)) {
                all.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.FILTER);
                clauses++;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        Query restriction = filter(filter == null ? SearchFilter.none() : filter);
        if (restriction != null) {
            all.add(restriction, BooleanClause.Occur.FILTER);
        }
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<dev.zhiku.core.Passage> out = new ArrayList<>();
            int limit = Math.max(1, Math.min(max, Math.max(1, searcher.getIndexReader().maxDoc())));
            for (ScoreDoc sd : searcher.search(all.build(), limit).scoreDocs) {
                dev.zhiku.core.Passage p = PassageDocuments.fromDocument(searcher.storedFields().document(sd.doc),
                        null).passage();
                if (normalised(contextualText(p)).contains(wanted)) {
                    out.add(p);
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private static String normalised(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Every passage in the index, without vectors (to build the BM25 anchor, {@link Bm25Anchor}). */
    public List<dev.zhiku.core.Passage> allPassages() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<dev.zhiku.core.Passage> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var fields = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        out.add(PassageDocuments.fromDocument(fields.document(d), null).passage());
                    }
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query knn(String field, float[] vector, int k, Query language, boolean otherLanguages, Query filter) {
        BooleanQuery.Builder only = new BooleanQuery.Builder();
        if (otherLanguages) {
            only.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(language, BooleanClause.Occur.MUST_NOT);
        } else {
            only.add(language, BooleanClause.Occur.FILTER);
        }
        if (filter != null) {
            only.add(filter, BooleanClause.Occur.FILTER);
        }
        return new KnnFloatVectorQuery(field, vector, Math.max(k, BEAM), only.build());
    }

    private void addRanks(Map<Integer, double[]> fused, TopDocs top, int slot, double weight) {
        for (int rank = 0; rank < top.scoreDocs.length; rank++) {
            ScoreDoc sd = top.scoreDocs[rank];
            double[] s = fused.computeIfAbsent(sd.doc, d -> new double[3]);
            s[slot] = sd.score;
            s[2] += weight / (fusion.rankConstant() + rank + 1);
        }
    }

    /**
     * The question's words translated word by word ({@link BilingualDictionary}), searched by keyword among the
     * passages in other languages than the question: where meaning alone is too weak a signal (an English description
     * of a Chinese poem), the words are not. Only translations some passage uses are searched, at most
     * {@link #TRANSLATIONS_PER_WORD} per word; their ranks count in the other-language list. Null when the question
     * has no translated word or no passage matches.
     */
    private Translated translated(IndexSearcher searcher, String question, String queryLanguage, Query sameLanguage,
                                  Query filter, int candidates) throws IOException {
        List<List<String>> groups = translatedGroups(searcher.getIndexReader(), question, queryLanguage);
        Query translated = groupedQuery(question, queryLanguage, groups);
        if (translated == null) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(translated, BooleanClause.Occur.MUST)
                .add(sameLanguage, BooleanClause.Occur.MUST_NOT);
        if (filter != null) {
            q.add(filter, BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(q.build(), candidates);
        return top.scoreDocs.length == 0 ? null : new Translated(top, groups);
    }

    /** The translated search's passages, and the translations it searched, one group per word of the question. */
    private record Translated(TopDocs top, List<List<String>> groups) {
    }

    /**
     * How the other-language list's weight follows the share of the question its best passage explains in
     * translation beyond what the best same-language passage explains, less {@link #LEAD_MARGIN}
     * ({@code -Dzhiku.translate.lead}; 0 leaves the weight to the same-language coverage alone; decision 0075).
     */
    static final double TRANSLATED_LEAD = Double.parseDouble(System.getProperty("zhiku.translate.lead", "1.0"));
    /**
     * The lead the translated coverage must have: it counts only the words the dictionary translates and the
     * documents use, so it runs higher than the same-language coverage, which counts every word of the question
     * (0.2-0.4 measured; at 0 a parallel copy in the other language outranked the question's own language).
     */
    static final double LEAD_MARGIN = Double.parseDouble(System.getProperty("zhiku.translate.leadMargin", "0.3"));
    /**
     * Only for Chinese questions: an English question's Chinese translations are many per word and often wrong
     * (decision 0075: for English questions the lead pulled Chinese copies above the English original).
     */
    static final boolean LEAD_ZH_ONLY = !"off".equals(System.getProperty("zhiku.translate.leadZhOnly"));

    /**
     * The share of the question the translated search's best passage explains: each translated word counts once,
     * with the rarity of its rarest translation, and is explained when the passage has any of its translations; a
     * Chinese question's Latin names count as they are ({@link KeywordCoverage#weigh}).
     */
    private double coverage(IndexSearcher searcher, String question, String queryLanguage, Translated translated)
            throws IOException {
        String field = "zh".equals(queryLanguage) ? Analyzers.EN : Analyzers.ZH;
        List<java.util.Set<String>> wanted = new ArrayList<>();
        for (List<String> group : translated.groups()) {
            java.util.Set<String> stems = new java.util.HashSet<>();
            group.forEach(w -> stems.addAll(keywordQueries.fieldTerms(field, w)));
            wanted.add(stems);
        }
        if ("zh".equals(queryLanguage)) {
            for (String latin : keywordQueries.fieldTerms(Analyzers.EN, latinPart(question))) {
                if (!KeywordQueries.isQuestionWord(latin)) {
                    wanted.add(java.util.Set.of(latin));
                }
            }
        }
        String best = PassageDocuments.searchableText(passageAt(searcher, translated.top().scoreDocs[0].doc));
        double[] weighed = KeywordCoverage.weigh(searcher.getIndexReader(), keywordQueries, field, wanted, best);
        return weighed[1] == 0 ? 0 : weighed[0] / weighed[1];
    }

    /** The words of a question written in Latin letters: names, commands, paths. */
    private static String latinPart(String question) {
        return question.replaceAll("\\p{IsHan}+", " ");
    }

    /**
     * The question as the other language's passages would say it: per translated word, the best-matching of its
     * translations (a disjunction, so that "directory, directories, folder" count as one word, not three), and the
     * names and commands the question writes in Latin letters ("udev", "/etc/fstab"), which those passages share
     * with it as they are; null when it has no translated word. An English question's Chinese translations are
     * searched alone (its Latin words are the plain keyword search's).
     */
    private Query groupedQuery(String question, String queryLanguage, List<List<String>> groups) {
        if (groups.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (List<String> group : groups) {
            List<Query> alternatives = group.stream().map(keywordQueries::build).filter(java.util.Objects::nonNull)
                    .toList();
            if (!alternatives.isEmpty()) {
                q.add(new org.apache.lucene.search.DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
            }
        }
        if ("zh".equals(queryLanguage)) {
            Query latin = keywordQueries.build(latinPart(question));
            if (latin != null) {
                q.add(latin, BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    /** The words {@link #search} looks for among the other language's passages, for this question. */
    public List<String> translatedWords(String question) throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return translatedWords(searcher.getIndexReader(), question,
                    dev.zhiku.core.text.LanguageGuesser.guess(question));
        } finally {
            searchers.release(searcher);
        }
    }

    private List<String> translatedWords(org.apache.lucene.index.IndexReader reader, String question,
                                         String queryLanguage) throws IOException {
        return translatedGroups(reader, question, queryLanguage).stream().flatMap(List::stream).toList();
    }

    /** The translations searched, one group per word of the question. */
    private List<List<String>> translatedGroups(org.apache.lucene.index.IndexReader reader, String question,
                                                String queryLanguage) throws IOException {
        BilingualDictionary dictionary = BilingualDictionary.standard();
        List<List<String>> groups = new ArrayList<>();
        if ("zh".equals(queryLanguage)) {
            // a single character is mostly a particle or a measure word (在, 里, 个): its glosses ("exist", "lining")
            // match unrelated passages
            List<String> chinese = new ArrayList<>(keywordQueries.fieldTerms(Analyzers.ZH, question));
            // nor a question word (哪些: "ones" stems to "on", in every English passage)
            chinese.removeIf(w -> w.codePointCount(0, w.length()) < 2 || dev.zhiku.core.text.FunctionWords.isChinese(w));
            for (List<String> options : dictionary.englishFor(chinese)) {
                // the first translations the English passages use: the dictionary's first glosses are often not the
                // technical sense (目录: "catalog, table, contents" before "directory")
                List<String> words = new ArrayList<>();
                for (String en : options) {
                    if (words.size() < TRANSLATIONS_PER_WORD && !functionWord(en) && usedInEnglish(reader, en)) {
                        words.add(en);
                    }
                }
                if (!words.isEmpty()) {
                    groups.add(words);
                }
            }
        } else {
            for (List<String> options : dictionary.chineseFor(question)) {
                List<String> words = new ArrayList<>();
                for (String zh : options) {
                    if (words.size() < TRANSLATIONS_PER_WORD && reader.docFreq(new Term(Analyzers.ZH, zh)) > 0) {
                        words.add(zh);
                    }
                }
                if (!words.isEmpty()) {
                    groups.add(words);
                }
            }
        }
        return groups;
    }

    /**
     * Whether some passage has one of the English translations of a Chinese word; null when that says nothing: the
     * dictionary lacks the word, or one of its senses is a function word ("where" for 哪里: a question word, not a
     * topic).
     */
    private Boolean translatedSomewhere(org.apache.lucene.index.IndexReader reader, String chinese)
            throws IOException {
        List<List<String>> found = BilingualDictionary.standard().englishFor(List.of(chinese));
        if (found.isEmpty()) {
            return null;
        }
        boolean used = false;
        for (String en : found.getFirst()) {
            if (keywordQueries.fieldTerms(Analyzers.EN, en).isEmpty()) {
                return null;
            }
            used = used || usedInEnglish(reader, en);
        }
        return used;
    }

    /** Whether an English translation is, or stems to, a function word ("ones" → "on"): it says no topic. */
    private boolean functionWord(String english) {
        if (dev.zhiku.core.text.FunctionWords.isEnglish(english)) {
            return true;
        }
        java.util.Set<String> stems = keywordQueries.fieldTerms(Analyzers.EN, english);
        return !stems.isEmpty() && stems.stream().allMatch(KeywordQueries::isQuestionWord);
    }

    /** Whether every word of an English word or phrase occurs in some passage ("storage space": both). */
    private boolean usedInEnglish(org.apache.lucene.index.IndexReader reader, String english) throws IOException {
        java.util.Set<String> stems = keywordQueries.fieldTerms(Analyzers.EN, english);
        for (String stem : stems) {
            if (reader.docFreq(new Term(Analyzers.EN, stem)) == 0) {
                return false;
            }
        }
        return !stems.isEmpty();
    }

    /**
     * Vector ranks count with the vector weight; for a passage in another language than the question, where the
     * keyword search is blind, with the cross-lingual weight.
     */
    private void addVectorRanks(Map<Integer, double[]> fused, IndexSearcher searcher, TopDocs top, String language)
            throws IOException {
        for (int rank = 0; rank < top.scoreDocs.length; rank++) {
            ScoreDoc sd = top.scoreDocs[rank];
            String passageLanguage = searcher.storedFields().document(sd.doc, java.util.Set.of(PassageDocuments.LANG))
                    .get(PassageDocuments.LANG);
            double weight = language.equals(passageLanguage) ? fusion.vectorWeight() : fusion.crossLingualWeight();
            double[] s = fused.computeIfAbsent(sd.doc, d -> new double[3]);
            s[1] = sd.score;
            s[2] += weight / (fusion.rankConstant() + rank + 1);
        }
    }

    /** Whether any passage has its embedding yet (vector search is skipped until then). */
    public boolean hasVectors() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return hasVectors(searcher, vectorField);
        } finally {
            searchers.release(searcher);
        }
    }

    private static boolean hasVectors(IndexSearcher searcher, String field) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values != null && values.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static Query filter(SearchFilter f) {
        if (f.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!f.folders().isEmpty()) {
            b.add(new TermInSetQuery(PassageDocuments.FOLDER, f.folders().stream()
                    .map(folder -> new BytesRef(Path.of(folder).toAbsolutePath().normalize().toString())).toList()),
                    BooleanClause.Occur.FILTER);
        }
        addTerms(b, PassageDocuments.TYPE, f.fileTypes().stream());
        addTerms(b, PassageDocuments.LANG, f.languages().stream());
        if (f.modifiedFrom() != null || f.modifiedTo() != null) {
            long from = f.modifiedFrom() == null ? Long.MIN_VALUE : f.modifiedFrom().toEpochMilli();
            long to = f.modifiedTo() == null ? Long.MAX_VALUE : f.modifiedTo().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(PassageDocuments.MODIFIED, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void addTerms(BooleanQuery.Builder b, String field, Stream<String> values) {
        List<BytesRef> terms = values.map(BytesRef::new).toList();
        if (!terms.isEmpty()) {
            b.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
        }
    }

    /** A hit's passage: its stored fields only (a hit needs no vectors). */
    private static dev.zhiku.core.Passage passageAt(IndexSearcher searcher, int docId) throws IOException {
        return PassageDocuments.fromDocument(searcher.storedFields().document(docId), null).passage();
    }

    private static StoredPassage load(IndexSearcher searcher, int docId, String field, List<String> otherFields)
            throws IOException {
        Document doc = searcher.storedFields().document(docId);
        Map<String, float[]> others = new java.util.HashMap<>();
        for (String other : otherFields) {
            float[] v = vectorOf(searcher, docId, other);
            if (v != null) {
                others.put(other, v);
            }
        }
        return PassageDocuments.fromDocument(doc, vectorOf(searcher, docId, field), others);
    }

    private static float[] vectorOf(IndexSearcher searcher, int docId, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docId, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
            return null;
        }
        int local = docId - leaf.docBase;
        var it = values.iterator();
        if (it.advance(local) == local) {
            return values.vectorValue(it.index()).clone();
        }
        return null;
    }

    /**
     * The text that is searched and embedded for a passage: its title and headings, which name what it is
     * about, then its own text.
     */
    public static String contextualText(dev.zhiku.core.Passage p) {
        StringBuilder s = new StringBuilder();
        if (!p.title().isEmpty()) {
            s.append(p.title()).append('\n');
        }
        if (!p.headingPath().isEmpty() && !p.headingPath().equals(p.title())) {
            s.append(p.headingPath()).append('\n');
        }
        return s.append(p.text()).toString();
    }

    /** Bytes used by the index on disk. */
    public long sizeOnDisk() {
        long total = 0;
        try {
            for (String name : directory.listAll()) {
                total += directory.fileLength(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index opened for reading only");
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
