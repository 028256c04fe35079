package dev.zhiku.rag.context;

import dev.zhiku.core.Hit;
import dev.zhiku.rag.evidence.EvidenceSentence;
import java.util.List;

/**
 * A numbered source given to the model: one passage and the sentences chosen from it, in document order.
 *
 * @param number    the [n] the answer cites it by
 * @param hit       the passage
 * @param sentences the chosen sentences
 */
public record Source(int number, Hit hit, List<EvidenceSentence> sentences) {

    public Source {
        sentences = List.copyOf(sentences);
    }

    /** The chosen sentences joined, with "…" where text between them was left out. */
    public String excerpt() {
        StringBuilder out = new StringBuilder();
        int lastEnd = -1;
        for (EvidenceSentence s : sentences) {
            if (lastEnd >= 0) {
                out.append(s.start() > lastEnd + 2 ? " … " : " ");
            }
            out.append(s.text());
            lastEnd = s.end();
        }
        return out.toString();
    }
}
