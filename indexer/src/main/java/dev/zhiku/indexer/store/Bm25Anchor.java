package dev.zhiku.indexer.store;

import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The keyword anchor Zhiku's retrieval is measured against: a plain BM25 index with one field analysed by Lucene's
 * {@link StandardAnalyzer}, holding each passage's whole searchable text (title, headings, text: the same text the
 * real index gets), no vectors, no field weights, no query analysis beyond the analyzer. It is built in memory
 * from the passages stored in a {@link PassageIndex}, so anchor and Zhiku search the same index build.
 */
public final class Bm25Anchor implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String ORDINAL = "ordinal";

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Passage> passages;
    private final Analyzer analyzer = new StandardAnalyzer();

    private Bm25Anchor(ByteBuffersDirectory directory, List<Passage> passages) throws IOException {
        this.directory = directory;
        this.passages = passages;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Indexes the given passages (in practice: every passage of a {@link PassageIndex}). */
    public static Bm25Anchor of(List<Passage> passages) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < passages.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, PassageIndex.contextualText(passages.get(i)), Field.Store.NO));
                doc.add(new StoredField(ORDINAL, i));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return new Bm25Anchor(directory, List.copyOf(passages));
    }

    /** The k passages with the best BM25 score for the query's words (any of which may match). */
    public SearchResult search(SearchQuery query) {
        long t0 = System.nanoTime();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream stream = analyzer.tokenStream(TEXT, query.text())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && clauses < IndexSearcher.getMaxClauseCount()) {
                q.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            stream.end();
            List<Hit> hits = new ArrayList<>();
            if (clauses > 0) {
                for (ScoreDoc sd : searcher.search(q.build(), query.k()).scoreDocs) {
                    int ordinal = searcher.storedFields().document(sd.doc).getField(ORDINAL).numericValue().intValue();
                    hits.add(new Hit(passages.get(ordinal), sd.score, sd.score, 0));
                }
            }
            return new SearchResult(hits, false, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return passages.size();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
