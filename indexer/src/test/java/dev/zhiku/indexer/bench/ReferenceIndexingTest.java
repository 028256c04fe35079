package dev.zhiku.indexer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.indexer.discovery.SourceRules;
import dev.zhiku.indexer.testdocs.TestDocument;
import dev.zhiku.indexer.testdocs.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's reference pass reads the same files as discovery, indexes them in one BM25 field, counts failures. */
class ReferenceIndexingTest {

    @TempDir
    Path tmp;

    @Test
    void indexesEveryReadableFileInOneSearchableField() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        TestDocument pdf = TestDocuments.pdf(docs);
        TestDocument text = TestDocuments.text(docs);
        Files.write(docs.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.writeString(docs.resolve(".hidden.txt"), "never read");
        ReferenceIndexing reference = new ReferenceIndexing(SourceRules.defaults(), 2, 4_000_000);
        List<Path> files = reference.files(List.of(docs));
        assertEquals(3, files.size(), files.toString());

        Path index = tmp.resolve("index");
        ReferenceIndexing.Result r = reference.run(files, index);
        assertEquals(3, r.files());
        assertEquals(1, r.failed(), "the broken docx");
        assertTrue(r.chars() > 0 && r.searchableMillis() >= r.extractMillis(), r.toString());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(2, reader.numDocs());
            IndexSearcher searcher = new IndexSearcher(reader);
            for (TestDocument doc : List.of(pdf, text)) {
                String phrase = doc.englishPhrases().getFirst();
                var query = new QueryParser("body", new StandardAnalyzer()).parse(QueryParser.escape(phrase));
                assertTrue(searcher.search(query, 1).totalHits.value() > 0, phrase);
            }
        }
    }
}
