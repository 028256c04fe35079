package dev.zhiku.rag.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation as listed in the sidebar.
 *
 * @param id      a UUID string
 * @param title   the title; empty until the first question names it
 * @param created when it was started
 * @param updated when it last changed (a message, a new title)
 */
public record Conversation(String id, String title, Instant created, Instant updated) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
