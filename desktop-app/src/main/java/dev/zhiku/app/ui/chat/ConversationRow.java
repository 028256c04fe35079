package dev.zhiku.app.ui.chat;

import dev.zhiku.rag.conversation.Conversation;

/**
 * A conversation as the sidebar lists it.
 *
 * @param conversation the conversation
 * @param snippet      the words around a search match, or empty when the list is not filtered
 */
public record ConversationRow(Conversation conversation, String snippet) {

    public ConversationRow {
        snippet = snippet == null ? "" : snippet;
    }

    public String id() {
        return conversation.id();
    }

    public String title() {
        return conversation.title();
    }
}
