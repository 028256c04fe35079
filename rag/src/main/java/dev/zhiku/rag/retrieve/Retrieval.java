package dev.zhiku.rag.retrieve;

import dev.zhiku.core.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the knowledge base returned for a question.
 *
 * @param query  the text that was searched (the question, or the question with its context)
 * @param hits   passages, best first, at most a few per source
 * @param millis time spent
 * @param rerankMillis of that, reordering the best passages with a reranker, or -1 without one
 * @param rewrite      the question in the other language, searched with it ({@link CrossLingualRewrite}), or empty
 * @param rewriteMillis of {@code millis}, writing that rewrite, or -1 without one
 * @param focused      more passages of the best files in another language than the question, none of them among
 *                     {@code hits} ({@link Retriever})
 * @param focusMillis  of {@code millis}, choosing those, or -1 where that did not happen
 */
public record Retrieval(String query, List<Hit> hits, long millis, long rerankMillis, String rewrite,
                        long rewriteMillis, List<Hit> focused, long focusMillis) {

    public Retrieval {
        hits = List.copyOf(hits);
        rewrite = rewrite == null ? "" : rewrite;
        focused = focused == null ? List.of() : List.copyOf(focused);
    }

    public Retrieval(String query, List<Hit> hits, long millis, long rerankMillis, String rewrite,
                     long rewriteMillis) {
        this(query, hits, millis, rerankMillis, rewrite, rewriteMillis, List.of(), -1);
    }

    public Retrieval(String query, List<Hit> hits, long millis, long rerankMillis) {
        this(query, hits, millis, rerankMillis, "", -1);
    }

    public Retrieval(String query, List<Hit> hits, long millis) {
        this(query, hits, millis, -1);
    }

    /**
     * The passages whose sentences are weighed as evidence: the best {@code passages} hits, and each file's
     * {@code focused} passages right after its first hit (the order is the rank prior of their sentences).
     */
    public List<Hit> evidence(int passages) {
        List<Hit> top = hits.subList(0, Math.min(passages, hits.size()));
        if (focused.isEmpty()) {
            return top;
        }
        List<Hit> out = new ArrayList<>(top.size() + focused.size());
        Set<String> placed = new HashSet<>();
        for (Hit hit : top) {
            out.add(hit);
            String path = hit.passage().path();
            if (placed.add(path)) {
                focused.stream().filter(f -> f.passage().path().equals(path)).forEach(out::add);
            }
        }
        focused.stream().filter(f -> !out.contains(f)).forEach(out::add);
        return out;
    }

}
