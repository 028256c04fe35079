package dev.zhiku.rag.cite;

import dev.zhiku.core.Citation;
import java.util.List;

/**
 * An answer whose citations were checked.
 *
 * @param text      the answer with only valid [n] markers left
 * @param citations the cited sources, in order of first citation
 * @param removed   how many markers pointed at no source and were removed
 */
public record CheckedAnswer(String text, List<Citation> citations, int removed) {

    public CheckedAnswer {
        citations = List.copyOf(citations);
    }
}
