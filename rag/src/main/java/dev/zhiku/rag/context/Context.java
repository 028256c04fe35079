package dev.zhiku.rag.context;

import java.util.List;

/**
 * The evidence for one answer, numbered.
 *
 * @param sources numbered sources, [1] first
 * @param tokens  tokens the evidence adds to the prompt (excerpts and source tags), as the assembler counted them
 */
public record Context(List<Source> sources, int tokens) {

    public Context {
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
