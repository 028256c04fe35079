package dev.zhiku.indexer.store;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The four ways passage text is analysed, each in its own field: English with stemming, plain lower-cased words
 * (exact identifiers such as {@code pg_read_server_files}), Chinese segmented into words by SmartCN, and CJK
 * bigrams, which still match where SmartCN segments a query differently from the document.
 */
public final class Analyzers {

    public static final String EN = "text_en";
    public static final String PLAIN = "text_plain";
    public static final String ZH = "text_zh";
    public static final String CJK = "text_cjk";

    /** Every analysed field, in a fixed order. */
    public static final List<String> FIELDS = List.of(EN, PLAIN, ZH, CJK);

    private Analyzers() {
    }

    /**
     * Whether a field is searched only for Han words ({@link KeywordQueries} drops every other word from its part of
     * a query), so a text without Han characters need not be analysed for it: no query could match it there.
     */
    public static boolean searchedForHanOnly(String field) {
        return field.equals(ZH) || field.equals(CJK);
    }

    /** Whether a text contains a Han character (the cheap test below U+2E80, where no Han character lies, first). */
    public static boolean containsHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2e80' && Character.UnicodeScript.of(Character.codePointAt(text, i))
                    == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Field name → analyzer for every analysed field. */
    public static Map<String, Analyzer> perField() {
        return Map.of(EN, new EnglishAnalyzer(), PLAIN, plain(), ZH, new SmartChineseAnalyzer(),
                CJK, new CJKAnalyzer(CharArraySet.EMPTY_SET));
    }

    public static Analyzer wrapper() {
        return new PerFieldAnalyzerWrapper(plain(), perField());
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream filtered = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, filtered);
            }
        };
    }
}
