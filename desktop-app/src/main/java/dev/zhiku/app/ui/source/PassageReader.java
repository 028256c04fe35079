package dev.zhiku.app.ui.source;

import dev.zhiku.core.Passage;
import java.util.List;

/** The indexed passages of one source ({@code KnowledgeBase::passages} in the app), in document order. */
@FunctionalInterface
public interface PassageReader {

    /** Nothing is indexed: the viewer reads plain-text files itself and shows the snippet of others. */
    PassageReader NONE = path -> List.of();

    /** @param displayPath the file, plus {@code !/member} for a part inside it */
    List<Passage> passages(String displayPath);
}
