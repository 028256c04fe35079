package dev.zhiku.rag.context;

import java.util.List;

/**
 * The evidence for one answer, numbered.
 *
 * @param sources numbered sources, [1] first
 * @param tokens  estimated tokens of all excerpts
 */
public record Context(List<Source> sources, int tokens) {

    public Context {
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
