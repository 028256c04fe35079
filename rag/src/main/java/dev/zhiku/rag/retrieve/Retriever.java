package dev.zhiku.rag.retrieve;

import dev.zhiku.core.Hit;
import dev.zhiku.core.KnowledgeBase;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.rag.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searches the knowledge base for a question and keeps the results diverse across sources. */
public final class Retriever {

    private final KnowledgeBase knowledgeBase;
    private final int candidates;
    private final int perSource;

    public Retriever(KnowledgeBase knowledgeBase, int candidates, int perSource) {
        this.knowledgeBase = knowledgeBase;
        this.candidates = candidates;
        this.perSource = perSource;
    }

    public Retrieval retrieve(Question question) {
        long t0 = System.nanoTime();
        String text = QueryRewriter.searchText(question.text(), question.history());
        dev.zhiku.core.SearchResult result = knowledgeBase.search(new SearchQuery(text, question.filter(), candidates));
        return new Retrieval(text, diversify(result.hits(), perSource), (System.nanoTime() - t0) / 1_000_000,
                result.rerankMillis());
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
