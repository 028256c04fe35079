package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.core.Answer;
import dev.zhiku.core.GenerationControl;
import dev.zhiku.rag.AnswerListener;
import java.util.function.UnaryOperator;

/**
 * One answer being made: follows the answerer on its thread and posts coalesced updates of one {@link ChatItem}
 * to the UI thread (many tokens, at most one pending update).
 */
final class AnswerTurn implements AnswerListener {

    /** Applies a change to the item with this id on the UI thread. */
    interface ItemUpdater {
        void update(long itemId, UnaryOperator<ChatItem> change);
    }

    private final long itemId;
    private final UiExecutor ui;
    private final ItemUpdater items;
    private final GenerationControl control = new GenerationControl();
    private final long startNanos = System.nanoTime();
    private final StringBuilder streamed = new StringBuilder();
    private int pieces;
    private long firstTokenNanos;
    private boolean posted;

    AnswerTurn(long itemId, UiExecutor ui, ItemUpdater items) {
        this.itemId = itemId;
        this.ui = ui;
        this.items = items;
    }

    long itemId() {
        return itemId;
    }

    GenerationControl control() {
        return control;
    }

    @Override
    public void onExtractive(Answer answer) {
        ui.onUi(() -> items.update(itemId, item -> item.isStreaming() && item.route() == null
                ? item.withExtractive(answer) : item));
    }

    @Override
    public void onToken(String piece) {
        synchronized (this) {
            streamed.append(piece);
            pieces++;
            if (firstTokenNanos == 0) {
                firstTokenNanos = System.nanoTime();
            }
            if (posted) {
                return;
            }
            posted = true;
        }
        ui.onUi(this::flush);
    }

    private void flush() {
        String text;
        long firstMillis;
        double speed;
        synchronized (this) {
            posted = false;
            text = streamed.toString();
            firstMillis = (firstTokenNanos - startNanos) / 1_000_000;
            double seconds = (System.nanoTime() - firstTokenNanos) / 1e9;
            speed = pieces > 1 && seconds > 0 ? (pieces - 1) / seconds : 0;
        }
        items.update(itemId, item -> item.isStreaming() ? item.withStream(text, firstMillis, speed) : item);
    }
}
