package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Answer;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the cloud flow ({@link CloudAsking}) may do to the conversation on the screen: read its items, put a cloud
 * card after an answer and change it, and take the chat's single answer turn (so Send and Stop behave while a
 * cloud request is planned, waits for consent or streams). {@link ChatViewModel} is the one implementation; the
 * cloud flow sees nothing else of it.
 */
interface ChatTurns {

    /** The items on the screen, in order. */
    List<ChatItem> items();

    /** The items by id, to insert and remove cloud cards. */
    ChatItems onScreen();

    /** Changes the item with this id, if it is still on the screen. */
    void update(long itemId, UnaryOperator<ChatItem> change);

    /** The conversation the screen shows. */
    ReadOnlyStringProperty conversationIdProperty();

    /** Whether an answer runs or the chat is held. */
    boolean isBusy();

    /** Busy without a running answer: a cloud request is being prepared or waits for consent. */
    void hold();

    /** Ends {@link #hold} unless an answer runs. */
    void unhold();

    /** Starts an answer turn (Stop then stops it). */
    void begin(AnswerTurn turn);

    /** Ends a turn with its answer: shown and kept in the conversation. */
    void finishTurn(AnswerTurn turn, Answer answer);

    /** Ends a turn without an answer. */
    void release(AnswerTurn turn);
}
