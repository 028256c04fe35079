package dev.zhiku.rag.memory;

/** A request about personal memory found in what the user typed, by {@link MemoryCommands#parse(String)}. */
public sealed interface MemoryCommand {

    /** Store {@code fact}. */
    record Remember(String fact) implements MemoryCommand {
    }

    /** Delete the memory that best matches {@code description} ({@link MemoryStore#bestMatch(String)}). */
    record Forget(String description) implements MemoryCommand {
    }

    /** Show the stored memories. */
    record ListMemories() implements MemoryCommand {
    }
}
