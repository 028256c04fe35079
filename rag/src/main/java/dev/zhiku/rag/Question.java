package dev.zhiku.rag;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.SearchFilter;
import java.util.List;

/**
 * A question to answer.
 *
 * @param text           the user's words
 * @param filter         restrictions on the sources (folder, type, date)
 * @param history        earlier turns of the conversation, oldest first (may be empty)
 * @param conversationId the conversation, for the model's cache, or null
 */
public record Question(String text, SearchFilter filter, List<ChatMessage> history, String conversationId) {

    public Question {
        filter = filter == null ? SearchFilter.none() : filter;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, SearchFilter.none(), List.of(), null);
    }
}
