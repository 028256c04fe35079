package dev.zhiku.app.ui.chat;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.rag.conversation.Conversation;
import dev.zhiku.rag.conversation.ConversationStore;
import dev.zhiku.rag.conversation.MarkdownExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored conversations, the most recently changed first, or those matching the filter text; rename, delete
 * and export to Markdown. Reads the store when made, so the list survives a restart.
 */
public final class ConversationsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationsViewModel.class);

    private final ConversationStore store;
    private final UiExecutor ui;
    private final Executor io;
    private final MarkdownExporter exporter = new MarkdownExporter();
    private final ObservableList<ConversationRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>(this, "exported");

    public ConversationsViewModel(ConversationStore store, UiExecutor ui, Executor io) {
        this.store = store;
        this.ui = ui;
        this.io = io;
        filter.addListener((o, before, now) -> refresh());
        refresh();
    }

    public ObservableList<ConversationRow> rows() {
        return rows;
    }

    /** Text to search titles and messages for; blank lists every conversation. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The last failure, readable, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file of the last successful export. */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** Reads the list again (after an answer, a rename, a delete, or a new filter). */
    public void refresh() {
        String text = filter.get() == null ? "" : filter.get().strip();
        work("list conversations", () -> {
            List<ConversationRow> found = text.isEmpty()
                    ? store.list().stream().map(c -> new ConversationRow(c, "")).toList()
                    : store.search(text).stream().map(m -> new ConversationRow(m.conversation(), m.snippet()))
                    .toList();
            ui.onUi(() -> {
                if (text.equals(filter.get() == null ? "" : filter.get().strip())) {
                    rows.setAll(found);
                }
            });
        });
    }

    public void rename(Conversation conversation, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        work("rename a conversation", () -> {
            store.rename(conversation.id(), title);
            refresh();
        });
    }

    public void delete(Conversation conversation) {
        work("delete a conversation", () -> {
            store.delete(conversation.id());
            refresh();
        });
    }

    /** Writes the conversation as Markdown to {@code file} (chosen by the view). */
    public void export(Conversation conversation, Path file) {
        work("export a conversation", () -> {
            Conversation latest = store.find(conversation.id()).orElse(conversation);
            try {
                exporter.write(file, latest, store.messages(conversation.id()));
            } catch (IOException e) {
                throw new IllegalStateException("Could not write " + file + ": " + e.getMessage()
                        + ". Choose another folder.", e);
            }
            ui.onUi(() -> exported.set(file));
        });
    }

    void reportError(String message) {
        error.set(message);
    }

    private void work(String what, Runnable task) {
        io.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Could not {}", what, e);
                String reason = ErrorText.of(e);
                ui.onUi(() -> error.set(reason));
            }
        });
    }
}
