package dev.zhiku.rag.retrieve;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.text.LanguageGuesser;
import dev.zhiku.rag.Question;
import dev.zhiku.rag.evidence.FileFocus;
import dev.zhiku.rag.evidence.QueryTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches the knowledge base for a question and keeps the results diverse across sources: the same passage in
 * several files (a manual copied into two folders, a report saved as .docx and .pdf) is one hit, the best-ranked
 * copy, which names the others ({@link Hit#alsoIn()}), so copies do not crowd other sources out of the evidence.
 */
public final class Retriever {

    /** Share of content words two passages of different files must have in common to be one passage's copies. */
    static final double COPY_OVERLAP = 0.9;
    /** Passages with fewer content words are only folded when equal: short lines are alike by chance. */
    private static final int MIN_COPY_TERMS = 12;
    /** Files in another language than the question whose own best passages are added ({@link #focus}). */
    static final int FOCUS_FILES = 2;
    /** Among how many of the best hits those files are looked for: the evidence passages. */
    static final int FOCUS_AMONG = 8;
    /** Passages added of each of those files. */
    static final int FOCUS_PER_FILE = 2;

    private final KnowledgeBase knowledgeBase;
    private final int candidates;
    private final int perSource;
    private final CrossLingualRewrite rewrite;

    public Retriever(KnowledgeBase knowledgeBase, int candidates, int perSource) {
        this(knowledgeBase, candidates, perSource, null);
    }

    /** @param rewrite writes the question in the other language for the search too; null for none */
    public Retriever(KnowledgeBase knowledgeBase, int candidates, int perSource, CrossLingualRewrite rewrite) {
        this.knowledgeBase = knowledgeBase;
        this.candidates = candidates;
        this.perSource = perSource;
        this.rewrite = rewrite;
    }

    public Retrieval retrieve(Question question) {
        long t0 = System.nanoTime();
        String text = QueryRewriter.searchText(question.text(), question.history());
        String other = "";
        long rewriteMillis = -1;
        if (rewrite != null) {
            long r0 = System.nanoTime();
            other = rewrite.rewrite(question.text()).orElse("");
            rewriteMillis = (System.nanoTime() - r0) / 1_000_000;
        }
        // the rewrite is searched with the question, never shown or quoted: the evidence is still chosen by the
        // user's own words (Retrieval.query)
        String searched = other.isEmpty() ? text : text + "\n" + other;
        dev.zhiku.core.SearchResult result = knowledgeBase.search(new SearchQuery(searched, question.filter(),
                candidates));
        List<Hit> hits = diversify(foldCopies(result.hits()), perSource);
        long f0 = System.nanoTime();
        List<Hit> focused = focus(text, hits);
        long now = System.nanoTime();
        return new Retrieval(text, hits, (now - t0) / 1_000_000, result.rerankMillis(), other, rewriteMillis,
                focused, (now - f0) / 1_000_000);
    }

    /**
     * More passages of the best files in another language than the question: for each of the first {@value
     * #FOCUS_FILES} such files among the best {@value #FOCUS_AMONG} hits, its {@value #FOCUS_PER_FILE} passages
     * that the search did not return and that say most of what the question asks ({@link FileFocus}). A Chinese
     * question finds an English manual well (by meaning, and by the names it shares with it), but inside the
     * manual it can only match the passage that answers by translated words, which the collection-wide search
     * weighs little: that passage then ranks below the manual's others, and none of its sentences would be
     * weighed. A file in the question's own language is left as found: its passages were ranked by the
     * question's own words, and more of them only crowd the evidence (measured in decision 0068).
     */
    private List<Hit> focus(String searched, List<Hit> hits) {
        String language = LanguageGuesser.guess(searched);
        List<String> files = hits.stream().limit(FOCUS_AMONG)
                .filter(h -> !language.equals(h.passage().language()))
                .map(h -> h.passage().displayPath()).distinct().limit(FOCUS_FILES).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> have = new HashSet<>();
        hits.forEach(h -> have.add(h.passage().id()));
        List<Hit> out = new ArrayList<>();
        for (String file : files) {
            List<Passage> others = knowledgeBase.passages(file).stream().filter(p -> !have.contains(p.id()))
                    .toList();
            for (Passage p : FileFocus.best(searched, others, FOCUS_PER_FILE)) {
                out.add(new Hit(p, 0, 0, 0));
            }
        }
        return out;
    }

    /**
     * Folds each passage that another, better-ranked file holds too into that file's hit: the same words in the
     * same order (spacing and case aside), or nearly ({@value #COPY_OVERLAP} of their content words shared, and
     * lengths within a tenth of each other: a copy with an edited header line). Places in one file are never
     * folded here; a translation shares too few words to fold.
     */
    public static List<Hit> foldCopies(List<Hit> hits) {
        List<Kept> kept = new ArrayList<>();
        for (Hit hit : hits) {
            String path = hit.passage().displayPath();
            String text = hit.passage().text().replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
            // the content words only when a length is close enough to compare them: most pairs differ in length
            Terms terms = new Terms(text);
            Kept original = kept.stream().filter(k -> !k.path().equals(path) && k.holds(text, terms)).findFirst()
                    .orElse(null);
            if (original == null) {
                kept.add(new Kept(hit, path, text, terms, new java.util.LinkedHashSet<>(hit.alsoIn())));
            } else {
                original.copies().add(path);
                original.copies().addAll(hit.alsoIn());
            }
        }
        return kept.stream().map(Kept::hit).toList();
    }

    /** A passage's content words ({@link QueryTerms}), worked out on first use. */
    private static final class Terms {
        private final String text;
        private Set<String> terms;

        Terms(String text) {
            this.text = text;
        }

        Set<String> get() {
            if (terms == null) {
                terms = QueryTerms.of(text);
            }
            return terms;
        }
    }

    /** A hit that stays, its passage's folded text, and the other files found to hold the same passage. */
    private record Kept(Hit first, String path, String text, Terms terms,
                        java.util.LinkedHashSet<String> copies) {

        /** Whether another passage (its text folded the same way, and its content words) is this one. */
        boolean holds(String other, Terms otherTerms) {
            if (text.equals(other)) {
                return true;
            }
            if (Math.abs(text.length() - other.length()) > 0.1 * Math.max(text.length(), other.length())) {
                return false;
            }
            Set<String> mine = terms.get();
            Set<String> theirs = otherTerms.get();
            if (mine.size() < MIN_COPY_TERMS || theirs.size() < MIN_COPY_TERMS) {
                return false;
            }
            long shared = mine.stream().filter(theirs::contains).count();
            return shared >= COPY_OVERLAP * (mine.size() + theirs.size() - shared);
        }

        /** The hit, naming the other files found to hold its passage. */
        Hit hit() {
            List<String> others = copies.stream().filter(p -> !p.equals(path)).toList();
            return others.equals(first.alsoIn()) ? first : first.withAlsoIn(others);
        }
    }

    /** Keeps ranking order, but at most {@code limit} passages of any one source (file or part of a file). */
    static List<Hit> diversify(List<Hit> hits, int limit) {
        Map<String, Integer> seen = new HashMap<>();
        List<Hit> out = new ArrayList<>();
        for (Hit hit : hits) {
            int n = seen.merge(hit.passage().displayPath(), 1, Integer::sum);
            if (n <= limit) {
                out.add(hit);
            }
        }
        return out;
    }
}
