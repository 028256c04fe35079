package dev.zhiku.app.ui.chat;

import dev.zhiku.core.Route;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The messages on the chat screen, each found again by its id. Changed on the UI thread only. */
final class ChatItems {

    private final ObservableList<ChatItem> list = FXCollections.observableArrayList();
    private long nextId;

    ObservableList<ChatItem> list() {
        return list;
    }

    /** An id no item on the screen has had. */
    long newId() {
        return nextId++;
    }

    /** The index of the item with this id, or -1 when it is no longer shown. */
    int indexOf(long itemId) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    /** Changes the item with this id, if it is still on the screen. */
    void update(long itemId, UnaryOperator<ChatItem> change) {
        int i = indexOf(itemId);
        if (i >= 0) {
            ChatItem changed = change.apply(list.get(i));
            if (!changed.equals(list.get(i))) {
                list.set(i, changed);
            }
        }
    }

    /** Inserts {@code item} below the answer with {@code answerId} and the cloud answers already under it. */
    void insertAfter(long answerId, ChatItem item) {
        int at = indexOf(answerId);
        if (at < 0) {
            list.add(item);
            return;
        }
        at++;
        while (at < list.size() && list.get(at).route() == Route.CLOUD) {
            at++;
        }
        list.add(at, item);
    }

    void remove(long itemId) {
        int at = indexOf(itemId);
        if (at >= 0) {
            list.remove(at);
        }
    }

    /** The index of the last question, or -1. */
    int lastQuestionIndex() {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).kind() == ChatItem.Kind.QUESTION) {
                return i;
            }
        }
        return -1;
    }
}
