package dev.zhiku.indexer.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the keyword (BM25) query from a user's words: each analysed field gets the words as its analyzer
 * sees them, any of which may match, and the fields are weighed against each other.
 */
final class KeywordQueries {

    private static final int MAX_TERMS = 128;
    private static final Set<String> QUESTION_WORDS = questionWords();

    private final Map<String, Analyzer> analyzers = Analyzers.perField();
    private final Map<String, Float> boosts;

    KeywordQueries(Map<String, Float> boosts) {
        this.boosts = boosts;
    }

    /** Returns null when the text has no searchable words. */
    Query build(String text) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> entry : boosts.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            boolean cjkField = entry.getKey().equals(Analyzers.ZH) || entry.getKey().equals(Analyzers.CJK);
            Set<String> terms = terms(analyzers.get(entry.getKey()), entry.getKey(), text);
            // Each script is matched by its own pair of fields, so no word counts four times; the plain field
            // keeps every word of documents but matches no function words of questions ("how", "do", "the").
            terms.removeIf(t -> hasHan(t) != cjkField);
            if (entry.getKey().equals(Analyzers.PLAIN)) {
                terms.removeIf(QUESTION_WORDS::contains);
            }
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder field = new BooleanQuery.Builder();
            for (String term : terms) {
                field.add(new TermQuery(new Term(entry.getKey(), term)), BooleanClause.Occur.SHOULD);
            }
            fields.add(new BoostQuery(field.build(), entry.getValue()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : fields.build();
    }

    private static Set<String> questionWords() {
        Set<String> words = new java.util.HashSet<>();
        org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                .forEach(w -> words.add(new String((char[]) w)));
        words.addAll(Set.of("how", "what", "which", "who", "whom", "why", "when", "where", "do", "does", "did", "i",
                "we", "you", "my", "our", "your", "can", "could", "should", "would", "me", "us", "have", "has"));
        return Set.copyOf(words);
    }

    /** The words of a text in one field's analysis, keeping only the script that field is searched for. */
    Set<String> fieldTerms(String field, String text) {
        boolean cjkField = field.equals(Analyzers.ZH) || field.equals(Analyzers.CJK);
        Set<String> terms = terms(analyzers.get(field), field, text);
        terms.removeIf(t -> hasHan(t) != cjkField);
        return terms;
    }

    /** Which of the wanted words (in one field's analysis) occur in a text; reads the whole text. */
    Set<String> termsPresent(String field, String text, Set<String> wanted) {
        Set<String> found = new java.util.HashSet<>();
        try (TokenStream stream = analyzers.get(field).tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && found.size() < wanted.size()) {
                String t = term.toString();
                if (wanted.contains(t)) {
                    found.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Whether a lower-case English word is a function or question word ("how", "the", "does"). */
    static boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word);
    }

    static boolean hasHan(String term) {
        return term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
