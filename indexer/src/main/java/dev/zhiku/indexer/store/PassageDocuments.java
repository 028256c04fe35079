package dev.zhiku.indexer.store;

import dev.zhiku.core.Passage;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Maps passages to Lucene documents and back. */
final class PassageDocuments {

    static final String ID = "id";
    static final String PATH = "path";
    static final String FOLDER = "folder";
    static final String TYPE = "type";
    static final String LANG = "lang";
    static final String MODIFIED = "modified";
    static final String HAS_VECTOR = "has_vector";
    static final String VECTOR = VectorFields.BUNDLED;
    private static final String MEMBER = "member";
    private static final String TITLE = "title";
    private static final String AUTHOR = "author";
    private static final String PAGE = "page";
    private static final String PAGE_LABEL = "page_label";
    private static final String HEADING = "heading";
    private static final String TEXT = "text";
    private static final String START = "start";
    private static final String END = "end";
    private static final String HASH = "chunk_hash";

    private PassageDocuments() {
    }

    static Document toDocument(StoredPassage stored) {
        return toDocument(stored, VectorFields.BUNDLED);
    }

    /** The document, with {@code stored.vector()} in {@code field} and its other vectors in theirs. */
    static Document toDocument(StoredPassage stored, String vectorField) {
        Passage p = stored.passage();
        Document doc = new Document();
        doc.add(new StringField(ID, p.id(), Field.Store.YES));
        doc.add(new StringField(PATH, p.path(), Field.Store.YES));
        for (Path folder = Path.of(p.path()).getParent(); folder != null; folder = folder.getParent()) {
            doc.add(new StringField(FOLDER, folder.toString(), Field.Store.NO));
        }
        doc.add(new StringField(TYPE, p.fileType(), Field.Store.YES));
        doc.add(new StringField(LANG, p.language(), Field.Store.YES));
        long modified = p.modified() == null ? 0 : p.modified().toEpochMilli();
        doc.add(new LongPoint(MODIFIED, modified));
        doc.add(new StoredField(MODIFIED, modified));
        doc.add(new StoredField(MEMBER, p.member()));
        doc.add(new StoredField(TITLE, p.title()));
        doc.add(new StoredField(AUTHOR, p.author()));
        doc.add(new StoredField(PAGE, p.page()));
        doc.add(new StoredField(PAGE_LABEL, p.pageLabel()));
        doc.add(new StoredField(HEADING, p.headingPath()));
        doc.add(new StoredField(TEXT, p.text()));
        doc.add(new StoredField(START, p.startOffset()));
        doc.add(new StoredField(END, p.endOffset()));
        doc.add(new StoredField(HASH, stored.chunkHash()));
        String searchable = searchableText(p);
        boolean han = Analyzers.containsHan(searchable);
        for (String field : Analyzers.FIELDS) {
            // The Chinese fields are searched for Han words only: a passage without any is not analysed for them.
            if (han || !Analyzers.searchedForHanOnly(field)) {
                doc.add(new TextField(field, searchable, Field.Store.NO));
            }
        }
        java.util.Map<String, float[]> vectors = new java.util.TreeMap<>(stored.otherVectors());
        vectors.remove(vectorField);
        if (stored.vector() != null) {
            vectors.put(vectorField, stored.vector());
        }
        // has_vector keeps meaning what it meant before vector sets: a vector in the bundled model's field.
        doc.add(new StringField(HAS_VECTOR, vectors.containsKey(VECTOR) ? "1" : "0", Field.Store.NO));
        vectors.forEach((name, v) -> doc.add(new KnnFloatVectorField(name, v, VectorSimilarityFunction.DOT_PRODUCT)));
        return doc;
    }

    /** Title and headings go with every passage: they name what the passage is about. */
    static String searchableText(Passage p) {
        return PassageIndex.contextualText(p);
    }

    static StoredPassage fromDocument(Document doc, float[] vector) {
        return fromDocument(doc, vector, java.util.Map.of());
    }

    static StoredPassage fromDocument(Document doc, float[] vector, java.util.Map<String, float[]> others) {
        long modified = doc.getField(MODIFIED).numericValue().longValue();
        Passage p = new Passage(doc.get(ID), doc.get(PATH), doc.get(MEMBER), doc.get(TITLE), doc.get(AUTHOR),
                doc.get(TYPE), doc.get(LANG), doc.getField(PAGE).numericValue().intValue(), doc.get(PAGE_LABEL),
                doc.get(HEADING), doc.get(TEXT), doc.getField(START).numericValue().intValue(),
                doc.getField(END).numericValue().intValue(), modified == 0 ? null : Instant.ofEpochMilli(modified));
        return new StoredPassage(p, doc.get(HASH), vector, others);
    }
}
