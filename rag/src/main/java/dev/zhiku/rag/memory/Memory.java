package dev.zhiku.rag.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact the user asked Zhiku to remember.
 *
 * @param id      the row id
 * @param text    the fact, as the user wrote it
 * @param created when it was first remembered
 * @param updated when it was last edited
 */
public record Memory(long id, String text, Instant created, Instant updated) {

    public Memory {
        Objects.requireNonNull(text, "text");
    }
}
