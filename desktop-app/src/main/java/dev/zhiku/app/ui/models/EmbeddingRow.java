package dev.zhiku.app.ui.models;

import dev.zhiku.indexer.catalog.VectorSet;

/**
 * One row of the "Embedding model" list: the bundled model, a set the knowledge base has, or a server's model not
 * used yet.
 *
 * @param target    what choosing it switches to
 * @param id        the model's id ("ollama/bge-m3"), or the model's name for one not used yet
 * @param set       the set the knowledge base has for it, or null (not used yet)
 * @param active    whether searches use it
 * @param available whether its server answered (always true for the bundled model)
 */
public record EmbeddingRow(EmbeddingTarget target, String id, VectorSet set, boolean active, boolean available) {

    /** Whether the user may switch to it now. */
    public boolean choosable() {
        return !active && available;
    }

    /** Whether the user may delete its vectors (a set the knowledge base has, not searched). */
    public boolean removable() {
        return set != null && !active;
    }

    /** Whether its set is complete (switching to it only fills in passages added since). */
    public boolean complete() {
        return set != null && set.state() == VectorSet.State.COMPLETE;
    }
}
