package dev.zhiku.rag.conversation;

import dev.zhiku.core.ChatMessage;
import dev.zhiku.core.Citation;
import dev.zhiku.core.Route;
import java.time.Instant;
import java.util.List;

/**
 * One stored message of a conversation: a user's question or an assistant's answer.
 *
 * @param id               the message's row id
 * @param conversationId   the conversation it belongs to
 * @param seq              its place in the conversation, from 1
 * @param role             {@link ChatMessage.Role#USER} or {@link ChatMessage.Role#ASSISTANT}
 * @param text             what was asked or answered
 * @param route            where an answer came from; null for a question
 * @param model            the model that wrote an answer, or empty
 * @param abstained        whether the answer said the documents did not hold it
 * @param firstTokenMillis time to the first token of an answer, or -1
 * @param totalMillis      time to the end of an answer, or -1
 * @param tokensPerSecond  decode speed of an answer, or 0
 * @param created          when it was stored
 * @param citations        the answer's sources, by number; empty for a question
 */
public record ConversationMessage(long id, String conversationId, int seq, ChatMessage.Role role, String text,
                                  Route route, String model, boolean abstained, long firstTokenMillis,
                                  long totalMillis, double tokensPerSecond, Instant created,
                                  List<Citation> citations) {

    public ConversationMessage {
        citations = List.copyOf(citations);
        model = model == null ? "" : model;
    }

    public boolean isQuestion() {
        return role == ChatMessage.Role.USER;
    }

    /** The message as a turn for a language model. */
    public ChatMessage toChatMessage() {
        return new ChatMessage(role, text);
    }
}
