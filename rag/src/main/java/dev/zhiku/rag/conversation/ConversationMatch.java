package dev.zhiku.rag.conversation;

/**
 * A conversation found by {@link ConversationStore#search(String)}.
 *
 * @param conversation the conversation
 * @param snippet      the words around the first match, from the title or from a message
 */
public record ConversationMatch(Conversation conversation, String snippet) {
}
